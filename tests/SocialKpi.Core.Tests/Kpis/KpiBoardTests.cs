using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Importing;
using SocialKpi.Kpis;
using SocialKpi.Objectives;

namespace SocialKpi.Tests.Kpis;

/// <summary>
/// The KPI board against figures worked out by hand. Today is Sunday 2026-11-22 (Paris): a monthly
/// objective looks at [Nov 1, Nov 23), 22 of November's 30 days, against [Oct 1, Oct 23).
/// </summary>
public sealed class KpiBoardTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        var history = new HistoryImporter(db, database.Clock);
        var social = new SocialImporter(db, database.Clock);
        async Task Import(Task<ImportResult> import) => Assert.True((await import).Succeeded, string.Join("; ", (await import).Errors));

        // N1 and N2 are November's prospects (N1 a client); O1 is October's, client in October and
        // buying again in November; O2 is created after the 23rd of October, so outside the comparison.
        await Import(history.ProspectsAsync(new StringReader("""
            ref,name,source_channel,created_at
            N1,Léa Martin,Instagram,2026-11-03
            N2,Café des Arts,Door-to-door,2026-11-10
            O1,Marc Dubois,Instagram,2026-10-05
            O2,Boulangerie Léger,Instagram,2026-10-25
            """), new ImportOptions()));
        // November: a DM in, a visit out (conversations); a note and a like are not. October: a call out.
        await Import(history.ActivitiesAsync(new StringReader("""
            prospect_ref,occurred_at,channel,kind,direction,duration_minutes
            N1,2026-11-17T10:00,Instagram,dm,inbound,10
            N2,2026-11-10T15:00,Door-to-door,visit,outbound,30
            N2,2026-11-11T15:00,,note,outbound,0
            N1,2026-11-12T15:00,Instagram,like,inbound,0
            O1,2026-10-02T09:00,Phone,call,outbound,15
            O2,2026-10-30T09:00,Phone,call,inbound,15
            """), new ImportOptions()));
        await Import(history.SalesAsync(new StringReader("""
            prospect_ref,sold_at,amount
            N1,2026-11-15,500
            O1,2026-10-10,300
            O1,2026-11-05,200
            """), new ImportOptions()));
        // @atelier has figures in both months; @shop only an old follower count, which still counts as a level.
        await Import(social.SnapshotsAsync(new StringReader("""
            channel,handle,date,followers,reach,impressions,likes,comments,shares,saves,mentions,profile_visits,link_clicks
            Instagram,@atelier,2026-10-20,900,500,,,,,,2,,
            Instagram,@atelier,2026-11-05,1000,700,,30,10,,,,,
            Instagram,@atelier,2026-11-20,1100,800,,40,,,,,,
            Instagram,@shop,2026-09-01,200,,,,,,,,,
            """), new ImportOptions()));
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task<KpiBoardResult> BoardAsync(params ObjectiveInput[] inputs)
    {
        await using var scope = database.Scope();
        var objectives = scope.ServiceProvider.GetRequiredService<ObjectiveService>();
        foreach (var input in inputs)
            Assert.True((await objectives.SaveAsync(input)).Succeeded);
        return await scope.ServiceProvider.GetRequiredService<KpiBoard>().RunAsync();
    }

    private static ObjectiveInput Monthly(ObjectiveKind kind, KpiMetric metric, string target) =>
        new() { Kind = kind, Metric = metric, Target = target, Period = ObjectivePeriod.Month };

    [Fact]
    public async Task Each_objective_shows_its_KPIs_now_and_at_the_same_point_of_the_previous_period()
    {
        var board = await BoardAsync(
            Monthly(ObjectiveKind.Notoriety, KpiMetric.Reach, "2000"),
            Monthly(ObjectiveKind.Image, KpiMetric.Followers, "1200"),
            Monthly(ObjectiveKind.Traffic, KpiMetric.NewProspects, "3"),
            Monthly(ObjectiveKind.Offers, KpiMetric.Conversations, "2"),
            Monthly(ObjectiveKind.Sales, KpiMetric.Revenue, "900"));

        Assert.Equal([ObjectiveKind.Notoriety, ObjectiveKind.Image, ObjectiveKind.Traffic, ObjectiveKind.Offers, ObjectiveKind.Sales], board.Objectives.Select(o => o.Objective.Kind));
        var kpis = board.Objectives.SelectMany(o => o.Kpis).ToDictionary(k => k.Metric);
        (double?, double?) Of(KpiMetric m) => (kpis[m].Value, kpis[m].Previous.Value);

        Assert.Equal((1500, 500), Of(KpiMetric.Reach));
        Assert.Equal((null, null), Of(KpiMetric.Impressions));
        Assert.Equal((null, 2), Of(KpiMetric.Mentions));
        Assert.Equal((1300, 1100), Of(KpiMetric.Followers));
        // @atelier: 1,100 at its latest minus 900 before the month; @shop has nothing in either range.
        Assert.Equal((200, 0), Of(KpiMetric.FollowerGrowth));
        Assert.Equal(80.0 / 2100, kpis[KpiMetric.EngagementRate].Value!.Value, 10);
        Assert.Null(kpis[KpiMetric.EngagementRate].Previous.Value);
        Assert.Equal((2, 1), Of(KpiMetric.NewProspects));
        Assert.Equal([("Door-to-door", 1.0), ("Instagram", 1.0)], kpis[KpiMetric.NewProspects].Current.Parts.Select(p => (p.Label, p.Value)));
        Assert.Equal((null, null), Of(KpiMetric.LinkClicks));
        Assert.Equal((2, 1), Of(KpiMetric.Conversations));
        Assert.Equal((1, 0), Of(KpiMetric.InboundConversations));
        Assert.Equal((1, 1), Of(KpiMetric.Clients));
        Assert.Equal((700, 300), Of(KpiMetric.Revenue));
        Assert.Equal([("Instagram", 700.0)], kpis[KpiMetric.Revenue].Current.Parts.Select(p => (p.Label, p.Value)));
        Assert.Equal((0.5, 1), Of(KpiMetric.ConversionRate));
        Assert.Equal(1000, kpis[KpiMetric.Reach].Change);
    }

    [Fact]
    public async Task Flows_are_judged_pro_rata_of_the_days_gone_and_levels_against_the_whole_target()
    {
        var board = await BoardAsync(
            Monthly(ObjectiveKind.Notoriety, KpiMetric.Mentions, "10"),
            Monthly(ObjectiveKind.Image, KpiMetric.Followers, "1300"),
            Monthly(ObjectiveKind.Traffic, KpiMetric.NewProspects, "4"),
            Monthly(ObjectiveKind.Offers, KpiMetric.InboundConversations, "1"),
            Monthly(ObjectiveKind.Sales, KpiMetric.Revenue, "900"));
        var verdicts = board.Objectives.ToDictionary(o => o.Objective.Kind);

        Assert.Equal(KpiVerdict.NoData, verdicts[ObjectiveKind.Notoriety].Verdict);
        Assert.Equal(KpiVerdict.Reached, verdicts[ObjectiveKind.Image].Verdict);
        // 2 of 4 prospects with 22 of 30 days gone (2.93 expected by now).
        Assert.Equal(KpiVerdict.Behind, verdicts[ObjectiveKind.Traffic].Verdict);
        Assert.Equal(KpiVerdict.Reached, verdicts[ObjectiveKind.Offers].Verdict);
        // 700 € of 900 with 660 € expected by now; at this pace, 954.55 € by the end of the month.
        var sales = verdicts[ObjectiveKind.Sales];
        Assert.Equal(KpiVerdict.OnTrack, sales.Verdict);
        Assert.Equal(700 * 30 / 22.0, sales.Projection!.Value, 6);
        Assert.Equal(22.0 / 30, sales.Elapsed, 10);
        Assert.Null(verdicts[ObjectiveKind.Image].Projection);
    }

    [Fact]
    public async Task A_rate_below_target_is_behind_whatever_the_days_gone()
    {
        var board = await BoardAsync(Monthly(ObjectiveKind.Sales, KpiMetric.ConversionRate, "60"));

        var sales = Assert.Single(board.Objectives);
        Assert.Equal((0.5, KpiVerdict.Behind), (sales.Headline.Value, sales.Verdict));
    }

    [Fact]
    public async Task A_weekly_objective_compares_this_week_with_last_week()
    {
        var board = await BoardAsync(new ObjectiveInput { Kind = ObjectiveKind.Offers, Metric = KpiMetric.Conversations, Target = "3", Period = ObjectivePeriod.Week });

        var offers = Assert.Single(board.Objectives);
        Assert.Equal((new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 23)), (offers.Period.From, offers.Period.To));
        Assert.Equal((new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 16)), (offers.PreviousSoFar.From, offers.PreviousSoFar.To));
        // This week: the DM of the 17th. Last week: the visit of the 10th.
        Assert.Equal((1, 1, KpiVerdict.Behind), (offers.Headline.Value, offers.Headline.Previous.Value, offers.Verdict));
        // The CSV download: the headline first, with its target and verdict; the other KPIs after.
        var csv = SocialKpi.Exporting.ReportCsv.KpiBoard(board).Split('\n');
        Assert.Equal("offers,2026-11-16,2026-11-23,7,7,conversations,3,1,1,0,behind,1", csv[1]);
        Assert.Equal(1 + 1 + KpiMetrics.Of(ObjectiveKind.Offers).Count(m => m != KpiMetric.Conversations), csv.Length - 1);
    }

    [Fact]
    public void The_previous_period_is_cut_to_as_many_days_as_the_current_one_has_had()
    {
        var (period, soFar, previous) = KpiBoard.Ranges(ObjectivePeriod.Month, new DateOnly(2026, 3, 31));

        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1)), (period.From, period.To));
        Assert.Equal(31, soFar.Days);
        // February has 28 days: the whole of it, not a day of March.
        Assert.Equal((new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)), (previous.From, previous.To));
    }

    [Fact]
    public async Task Without_objectives_the_board_is_empty()
    {
        var board = await BoardAsync();
        Assert.Empty(board.Objectives);
        Assert.Equal(new DateOnly(2026, 11, 22), board.Today);
    }
}
