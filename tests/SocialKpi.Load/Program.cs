using SocialKpi.Load.Scenario;

// The load run of issue 13 (scripts/load.sh starts the servers and checks the database after it).
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

var measurements = new Measurements(TimeSpan.FromSeconds(options.WarmUp));
// The run's length is measured, not read off the wall clock: a monotonic stopwatch.
var run = System.Diagnostics.Stopwatch.StartNew();
var length = TimeSpan.FromSeconds(options.Seconds);
// A run that overstays by more than a minute is stopped: bounded in time whatever the servers do.
using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds + 60));

async Task UserAsync(int number)
{
    try
    {
        await Task.Delay(TimeSpan.FromSeconds((double)options.Ramp * number / options.Users), cancel.Token);
    }
    catch (OperationCanceledException)
    {
        return;
    }
    var baseUri = options.Bases[number % options.Bases.Count];
    Session? session = null;
    if (!await measurements.TimeAsync("sign in", async () => session = await Session.SignInAsync(baseUri, options.EmailOf(number), options.Password, cancel.Token)))
        return;
    using (session)
    {
        try
        {
            await new SimulatedUser(number, session!, measurements, options).RunAsync(_ => run.Elapsed < length, cancel.Token);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One user's surprise is an error of the run, not the end of it.
            measurements.Fail($"user {number} stopped: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
        }
    }
}

Console.WriteLine($"{options.Users} users for {options.Seconds} s on {string.Join(", ", options.Bases)}; think {options.ThinkMin}-{options.ThinkMax} s, ramp {options.Ramp} s, figures after {options.WarmUp} s");
await Task.WhenAll(Enumerable.Range(0, options.Users).Select(UserAsync));
measurements.Report(Console.Out);
// The simulated users share the machine with the servers: their own CPU time says how much of it they took.
Console.WriteLine($"load tool CPU {System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:0} s");
Console.WriteLine($"CONFIRMED logs={measurements.ConfirmedLogs} moves={measurements.ConfirmedMoves} sales={measurements.ConfirmedSales}");
Console.WriteLine($"SENT logs={measurements.SentLogs} moves={measurements.SentMoves} sales={measurements.SentSales}");
return measurements.Errors == 0 ? 0 : 1;
