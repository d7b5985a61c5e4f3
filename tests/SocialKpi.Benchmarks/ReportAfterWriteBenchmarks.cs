using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Activities;
using SocialKpi.Attribution;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Kpis;
using SocialKpi.Privacy;

namespace SocialKpi.Benchmarks;

/// <summary>
/// The reports right after a write, on the 100,000-prospect demo in a SQLite file (issue 11: the
/// channels report under 300 ms p95; issue 9: a period change under 500 ms). Before each timed
/// run, untimed, a conversation is logged on another prospect through <see cref="ActivityService"/>,
/// as the quick log does; the timed run is what the report endpoint does next. The demo is seeded
/// once (about a minute).
/// </summary>
[Config(typeof(OneShotEach))]
public class ReportAfterWriteBenchmarks
{
    private DemoDatabase demo = null!;
    private int[] prospectIds = [];
    private int channelId;
    private int next;
    private int quarter;

    [Params(100_000)]
    public int Prospects { get; set; }

    /// <summary>Each run is one report after one write, so the job runs the method once per iteration and reports percentiles.</summary>
    private sealed class OneShotEach : ManualConfig
    {
        public OneShotEach()
        {
            // In process: the project BenchmarkDotNet would generate cannot restore Core's ASP.NET Core framework reference here.
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
                .WithWarmupCount(3).WithIterationCount(30).WithInvocationCount(1).WithUnrollFactor(1));
            AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        demo = new DemoDatabase(Prospects, collection =>
        {
            collection.AddValidatorsFrom(typeof(ActivityService).Assembly);
            collection.AddScoped<ConsentService>();
            collection.AddScoped<ActivityService>();
            collection.AddScoped<ChannelsReport>();
        });

        using var scope = demo.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        prospectIds = [.. db.Prospects.OrderBy(p => p.Id).Select(p => p.Id)];
        channelId = db.Channels.Single(c => c.Name == "Instagram").Id;
        // The first report reads every touch once; what it keeps is the managed heap's growth.
        var before = GC.GetTotalMemory(forceFullCollection: true);
        ChannelsReportNow(null).GetAwaiter().GetResult();
        var kept = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine($"// Kept in memory after the first report (touches and results): {kept / 1048576.0:0.0} MB");
    }

    [GlobalCleanup]
    public void Cleanup() => demo.Dispose();

    [IterationSetup]
    public void LogAConversation()
    {
        using var scope = demo.Services.CreateScope();
        var input = new ActivityInput
        {
            Kind = ActivityKind.Dm,
            Direction = Direction.Inbound,
            ChannelId = channelId,
            OccurredAt = TimeProvider.System.GetLocalNow().AddHours(-2).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            DurationMinutes = "5",
            Summary = "Asked for prices",
        };
        // Spread over the table, as a team's logs are.
        next = (next + 7919) % prospectIds.Length;
        var result = scope.ServiceProvider.GetRequiredService<ActivityService>().LogAsync(prospectIds[next], input, null).GetAwaiter().GetResult();
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    [Benchmark]
    public Task<ChannelsReportResult> ChannelsReportAfterALog() => ChannelsReportNow(null);

    /// <summary>A quarter not asked for before each time: the same write, then a period no cached result answers.</summary>
    [Benchmark]
    public Task<ChannelsReportResult> NewPeriodAfterALog()
    {
        var to = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().Date).AddDays(-(quarter++ % 300));
        return ChannelsReportNow(to);
    }

    private async Task<ChannelsReportResult> ChannelsReportNow(DateOnly? to)
    {
        using var scope = demo.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ChannelsReport>().RunAsync(to?.AddMonths(-3), to, AttributionModel.Linear);
    }
}
