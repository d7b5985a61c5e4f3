using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Kpis;

namespace SocialKpi.Benchmarks;

/// <summary>
/// The funnel report (every view: overall and per source) on the demo in a SQLite file, the size
/// the load run of issue 13 uses and the 100,000-prospect one. It reads the whole stage history
/// each time, so this is the cost of every visit to /reports/funnel.
/// </summary>
[Config(typeof(InProcess))]
public class FunnelBenchmarks
{
    private DemoDatabase demo = null!;

    [Params(10_000, 100_000)]
    public int Prospects { get; set; }

    private sealed class InProcess : ManualConfig
    {
        // In process: the project BenchmarkDotNet would generate cannot restore Core's ASP.NET Core framework reference here.
        public InProcess()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15));
            AddColumn(StatisticColumn.Median, StatisticColumn.P95);
        }
    }

    [GlobalSetup]
    public void Setup() => demo = new DemoDatabase(Prospects, collection => collection.AddScoped<Funnel>());

    [GlobalCleanup]
    public void Cleanup() => demo.Dispose();

    [Benchmark]
    public async Task<IReadOnlyList<FunnelView>> FunnelAllViews()
    {
        using var scope = demo.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Funnel>().OverallAndBySourceAsync();
    }
}
