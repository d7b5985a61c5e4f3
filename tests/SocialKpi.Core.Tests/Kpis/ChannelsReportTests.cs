using System.Text.Json;
using SocialKpi.Attribution;
using SocialKpi.Importing;
using SocialKpi.Kpis;

namespace SocialKpi.Tests.Kpis;

/// <summary>
/// The channels report against figures worked out by hand, on a workspace with data on both sides
/// of the period's edges: [2026-10-01, 2026-11-01), Paris time.
/// </summary>
public sealed class ChannelsReportTests : IAsyncLifetime
{
    private static readonly DateOnly From = new(2026, 10, 1);
    private static readonly DateOnly To = new(2026, 11, 1);
    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        var history = new HistoryImporter(db, database.Clock);
        var social = new SocialImporter(db, database.Clock);
        async Task Import(Task<ImportResult> import) => Assert.True((await import).Succeeded, string.Join("; ", (await import).Errors));

        // P1: Instagram, client in the period (1,000 €). P2: Instagram, not a client. P3: door-to-door,
        // created before the period, client in it (600 €). P4: door-to-door, client in the period (400 €).
        await Import(history.ProspectsAsync(new StringReader("""
            ref,name,source_channel,created_at
            P1,Léa Martin,Instagram,2026-10-02
            P2,Marc Dubois,Instagram,2026-10-03
            P3,Boulangerie Léger,Door-to-door,2026-09-15
            P4,Café des Arts,Door-to-door,2026-10-05
            """), new ImportOptions()));
        // Counted: P1's 30 minutes and P4's 60. Not counted: P2's comment before the period, P4's visit after it.
        await Import(history.ActivitiesAsync(new StringReader("""
            prospect_ref,occurred_at,channel,kind,direction,duration_minutes
            P1,2026-10-04T10:00,Instagram,dm,inbound,30
            P2,2026-09-29T10:00,Instagram,comment,inbound,20
            P4,2026-10-05T15:00,Door-to-door,visit,outbound,60
            P4,2026-11-02T15:00,Door-to-door,visit,outbound,45
            """), new ImportOptions()));
        await Import(history.SalesAsync(new StringReader("""
            prospect_ref,sold_at,amount
            P1,2026-10-15,1000
            P3,2026-10-10,600
            P4,2026-10-25,400
            """), new ImportOptions()));
        // Counted: 90 minutes on Instagram, 120 door-to-door. Not counted: the day before and the period's end day.
        await Import(social.TimeAsync(new StringReader("""
            channel,date,minutes,note
            Instagram,2026-10-10,90,Posts
            Instagram,2026-09-30,60,Before
            Instagram,2026-11-01,30,After
            Door-to-door,2026-10-31,120,Rue des Lilas
            """), new ImportOptions()));
        // @atelier: 40 then 44 interactions on 1,000 then 1,100 followers in the period (reach known
        // only for the first); @atelier.shop: followers only; @lea on LinkedIn: no snapshot at all.
        await Import(social.SnapshotsAsync(new StringReader("""
            channel,handle,date,followers,reach,impressions,likes,comments,shares,saves,mentions,profile_visits,link_clicks
            Instagram,@atelier,2026-09-30,900,,,100,,,,,,
            Instagram,@atelier,2026-10-05,1000,800,,30,5,3,2,,,
            Instagram,@atelier,2026-10-20,1100,,,40,4,,,,,
            Instagram,@atelier,2026-11-01,1200,,,50,,,,,,
            Instagram,@atelier.shop,2026-10-10,500,,,,,,,,,
            """), new ImportOptions()));
        await using var scope = database.Scope();
        Assert.True((await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<SocialKpi.Social.SocialAccounts>(scope.ServiceProvider)
            .AddAccountAsync(db.Channels.Single(c => c.Name == "LinkedIn").Id, "@lea")).Succeeded);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task<ChannelsReportResult> RunAsync(decimal? hourlyRate = 40m)
    {
        await using var db = database.NewContext();
        return await new ChannelsReport(db, database.Clock).RunAsync(From, To, AttributionModel.Linear, hourlyRate);
    }

    [Fact]
    public async Task Each_figure_matches_the_hand_computed_one()
    {
        var report = await RunAsync();

        var instagram = report.Channels.Single(c => c.Channel == "Instagram");
        Assert.Equal(1600, instagram.Followers);            // 1,100 (@atelier's latest in the period) + 500
        Assert.Equal(84.0 / 2100, instagram.EngagementRate!.Value, 10); // (40 + 44) / (1,000 + 1,100)
        Assert.Equal(40.0 / 800, instagram.EngagementRateByReach!.Value, 10);
        Assert.Equal((2, 1, 0.5), (instagram.Prospects, instagram.Clients, instagram.ConversionRate));
        Assert.Equal(1000m, instagram.Revenue);
        Assert.Equal(2.0, instagram.Hours);                 // 30 + 90 minutes
        Assert.Equal(500m, instagram.RevenuePerHour);
        Assert.Equal(80m, instagram.CostPerClient);         // 2 h × 40 € / 1 client

        var doors = report.Channels.Single(c => c.Channel == "Door-to-door");
        Assert.Equal((null, null), (doors.Followers, doors.EngagementRate));
        Assert.Equal((1, 1, 1.0), (doors.Prospects, doors.Clients, doors.ConversionRate)); // P3 was created before the period
        Assert.Equal(1000m, doors.Revenue);                 // 600 + 400: both conversions fall in the period
        Assert.Equal(3.0, doors.Hours);                     // 60 + 120 minutes
        Assert.Equal(333.33m, doors.RevenuePerHour);
        Assert.Equal(120m, doors.CostPerClient);

        var linkedIn = report.Channels.Single(c => c.Channel == "LinkedIn");
        Assert.Equal((null, null, 0, 0m, 0.0, (decimal?)null), (linkedIn.Followers, linkedIn.EngagementRate, linkedIn.Prospects, linkedIn.Revenue, linkedIn.Hours, linkedIn.RevenuePerHour));

        // What pays first: equal revenue, then the better hour.
        Assert.Equal(["Instagram", "Door-to-door"], report.Channels.Take(2).Select(c => c.Channel));
    }

    [Fact]
    public async Task The_json_follows_the_documented_shape()
    {
        var json = JsonDocument.Parse(ChannelsReportOutput.ToJson(await RunAsync())).RootElement;

        Assert.Equal(("2026-10-01", "2026-11-01", "linear"), (json.GetProperty("from").GetString(), json.GetProperty("to").GetString(), json.GetProperty("model").GetString()));
        var instagram = json.GetProperty("channels")[0];
        Assert.Equal(
            ["channel", "followers", "engagementRate", "engagementRateByReach", "prospects", "clients", "conversionRate", "revenue", "hours", "revenuePerHour", "costPerClient"],
            instagram.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0.04, instagram.GetProperty("engagementRate").GetDouble());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("channels").EnumerateArray().Single(c => c.GetProperty("channel").GetString() == "LinkedIn").GetProperty("followers").ValueKind);
    }

    [Fact]
    public async Task Without_an_hourly_rate_there_is_no_cost_per_client_and_sentences_read_plainly()
    {
        using var _ = new CultureScope("en-GB");
        var report = await RunAsync(hourlyRate: null);

        Assert.All(report.Channels, c => Assert.Null(c.CostPerClient));
        Assert.Equal("Instagram: 4.0 % engagement, 1 client won, 500 € per hour.", report.Channels[0].Sentence());
        Assert.Equal("LinkedIn: 0 clients won, no time recorded.", report.Channels.Single(c => c.Channel == "LinkedIn").Sentence());
        using var __ = new CultureScope("fr-FR");
        Assert.Equal("Door-to-door : 1 client gagné, 333 € de l'heure.", report.Channels[1].Sentence());
    }
}
