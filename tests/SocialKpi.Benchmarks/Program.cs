using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/SocialKpi.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
