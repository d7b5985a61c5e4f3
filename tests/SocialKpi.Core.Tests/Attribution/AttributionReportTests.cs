using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Activities;
using SocialKpi.Attribution;
using SocialKpi.Data;
using SocialKpi.Pipeline;
using SocialKpi.Prospects;

namespace SocialKpi.Tests.Attribution;

public sealed class AttributionReportTests
{
    // The test clock says 2026-11-22 09:00 UTC.
    private static async Task<int> ProspectAsync(TestDatabase database, string name, string source, DateTimeOffset createdAt)
    {
        database.Clock.Now = createdAt;
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        var input = await Builders.ValidProspectAsync(db, name);
        (input.Email, input.Phone, input.Handles) = (null, null, []);
        input.SourceChannelId = (await db.Channels.SingleAsync(c => c.Name == source)).Id;
        return (await scope.ServiceProvider.GetRequiredService<ProspectService>().CreateAsync(input, null)).Id!.Value;
    }

    private static async Task TouchAsync(TestDatabase database, int prospectId, string channel, DateTimeOffset at, int minutes = 10)
    {
        database.Clock.Now = at.AddMinutes(30);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        var input = Builders.Dm(database);
        input.ChannelId = (await db.Channels.SingleAsync(c => c.Name == channel)).Id;
        input.OccurredAt = Builders.Local(database, at);
        input.DurationMinutes = minutes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True((await scope.ServiceProvider.GetRequiredService<ActivityService>().LogAsync(prospectId, input, null)).Succeeded);
    }

    private static async Task WinAsync(TestDatabase database, int prospectId, string soldOn, string amount)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        var client = await db.Stages.SingleAsync(s => s.Name == "Client");
        var result = await scope.ServiceProvider.GetRequiredService<ProspectService>().ChangeStageAsync(prospectId, new StageMoveInput { StageId = client.Id, SaleAmount = amount, SoldOn = soldOn }, null);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    [Fact]
    public async Task Journeys_start_at_the_source_touch_stop_at_the_first_sale_and_keep_the_lookback_window()
    {
        await using var database = await TestDatabase.CreateAsync();
        var start = new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
        // Converted: met on Instagram, a call, then a door-to-door visit; sold on 1 October.
        var won = await ProspectAsync(database, "Won", "Instagram", start);
        await TouchAsync(database, won, "Phone", start.AddDays(100), minutes: 30);
        await TouchAsync(database, won, "Door-to-door", start.AddDays(115), minutes: 30);
        database.Clock.Now = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        await WinAsync(database, won, "2026-10-01", "1200");
        await TouchAsync(database, won, "Instagram", new DateTimeOffset(2026, 10, 20, 9, 0, 0, TimeSpan.Zero));
        // Not converted: met at a local event, then Instagram.
        var open = await ProspectAsync(database, "Open", "Local event", new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero));
        await TouchAsync(database, open, "Instagram", new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.Zero));
        database.Clock.Now = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

        await using var scope = database.Scope();
        var report = await new AttributionReport(scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>(), database.Clock)
            .RunAsync(new AttributionQuery { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 12, 1) });

        var result = report.Result;
        Assert.Equal(1, result.TotalConversions);
        Assert.Equal(1200m, result.TotalValue);
        // The source touch (1 June) is more than 90 days before the sale: the window keeps the call and the visit.
        Assert.Equal(1, result.Of("Phone", AttributionModel.FirstTouch).Conversions);
        Assert.Equal(1, result.Of("Door-to-door", AttributionModel.LastTouch).Conversions);
        Assert.Equal(0, result.Of("Instagram", AttributionModel.Linear).Conversions);
        Assert.Equal(600m, result.Of("Phone", AttributionModel.Linear).Value);
        Assert.Contains(AttributionModel.TimeDecay, result.Models);
        Assert.Equal(0.5, result.ConversionProbability!.Value, 1e-9);

        Assert.Equal(1, report.Figures["Instagram"].Prospects);
        Assert.Equal(1.0, report.Figures["Instagram"].ConversionRate);
        Assert.Equal(1.0, report.Figures["Phone"].HoursSpent / 0.5, 1e-9);
        Assert.Equal(1200m, report.Figures["Phone"].RevenuePerHour);
        Assert.Equal(122, report.Figures["Instagram"].MedianDaysToConvert!.Value, 0);
        Assert.Equal([("1", 0, 0), ("2", 2, 1), ("3+", 0, 0)], report.ByDistinctChannels.Select(d => (d.Label, d.Journeys, d.Conversions)));
    }

    /// <summary>Met on Instagram on 1 June, called on 9 September, sold on 1 October (122 days after the source touch).</summary>
    private static async Task WonWithTheSourceTouchOutsideNinetyDaysAsync(TestDatabase database)
    {
        var start = new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
        var won = await ProspectAsync(database, "Won", "Instagram", start);
        await TouchAsync(database, won, "Phone", start.AddDays(100));
        database.Clock.Now = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        await WinAsync(database, won, "2026-10-01", "1200");
    }

    [Fact]
    public async Task A_longer_lookback_brings_the_source_touch_back()
    {
        await using var database = await TestDatabase.CreateAsync();
        await WonWithTheSourceTouchOutsideNinetyDaysAsync(database);

        await using var scope = database.Scope();
        var report = await new AttributionReport(scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>(), database.Clock)
            .RunAsync(new AttributionQuery { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 12, 1), LookbackDays = 180 });

        Assert.Equal(1, report.Result.Of("Instagram", AttributionModel.FirstTouch).Conversions);
    }

    [Fact]
    public async Task Without_a_lookback_in_the_query_the_workspace_s_setting_applies()
    {
        await using var database = await TestDatabase.CreateAsync();
        await WonWithTheSourceTouchOutsideNinetyDaysAsync(database);
        var query = new AttributionQuery { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 12, 1) };

        await using var scope = database.Scope();
        var settings = scope.ServiceProvider.GetRequiredService<AttributionSettings>();
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        var byDefault = await new AttributionReport(db, database.Clock).RunAsync(query);
        Assert.True((await settings.SetLookbackDaysAsync("180")).Succeeded);
        var withSetting = await new AttributionReport(db, database.Clock).RunAsync(query);

        Assert.Equal((90, 0.0), (byDefault.LookbackDays, byDefault.Result.Of("Instagram", AttributionModel.FirstTouch).Conversions));
        Assert.Equal((180, 1.0), (withSetting.LookbackDays, withSetting.Result.Of("Instagram", AttributionModel.FirstTouch).Conversions));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("3651")]
    [InlineData("30.5")]
    [InlineData("trente")]
    [InlineData("")]
    public async Task A_lookback_that_is_not_1_to_3650_whole_days_is_refused_and_the_saved_one_kept(string typed)
    {
        using var english = new CultureScope("en-GB");
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var settings = scope.ServiceProvider.GetRequiredService<AttributionSettings>();
        await settings.SetLookbackDaysAsync("45");

        var result = await settings.SetLookbackDaysAsync(typed);

        Assert.False(result.Succeeded);
        Assert.Equal("The lookback window is a whole number of days, from 1 to 3,650.", Assert.Single(result.Errors).ErrorMessage);
        Assert.Equal(45, await settings.LookbackDaysAsync());
    }

    [Fact]
    public async Task Touches_come_in_journey_order_and_a_reader_that_stops_early_leaves_the_connection_usable()
    {
        await using var database = await TestDatabase.CreateAsync();
        var first = await ProspectAsync(database, "First", "Instagram", new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
        var second = await ProspectAsync(database, "Second", "Instagram", new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
        await TouchAsync(database, second, "Phone", new DateTimeOffset(2026, 7, 2, 9, 0, 0, TimeSpan.Zero));
        await TouchAsync(database, first, "Door-to-door", new DateTimeOffset(2026, 7, 3, 9, 0, 0, TimeSpan.Zero));
        await TouchAsync(database, first, "Phone", new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero));
        await using var connection = await database.OpenConnectionAsync();
        var rows = IAttributionRows.For(connection);

        var all = rows.Touches(null).Select(t => (t.ProspectId, t.OccurredAt.Day)).ToList();
        var firstOnly = rows.Touches(null).Take(1).ToList();
        var secondOnly = rows.Touches([second]).Select(t => (t.ProspectId, t.OccurredAt.Day)).ToList();

        Assert.Equal([(first, 1), (first, 3), (second, 2)], all);
        Assert.Single(firstOnly);
        Assert.Equal([(second, 2)], secondOnly);
        Assert.Equal(2, rows.Prospects(null).Count); // the connection still answers
        Assert.Equal([first], rows.Prospects([first]).Keys);
    }

    [Fact]
    public async Task A_sale_dated_the_day_the_prospect_arrived_in_the_afternoon_still_credits_its_source()
    {
        await using var database = await TestDatabase.CreateAsync();
        // Created at 15:00 Paris; the sale is entered by date, which is stored at local noon.
        var won = await ProspectAsync(database, "Afternoon", "Instagram", new DateTimeOffset(2026, 10, 1, 13, 0, 0, TimeSpan.Zero));
        database.Clock.Now = new DateTimeOffset(2026, 10, 1, 16, 0, 0, TimeSpan.Zero);
        await WinAsync(database, won, "2026-10-01", "450");
        database.Clock.Now = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

        await using var scope = database.Scope();
        var report = await new AttributionReport(scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>(), database.Clock).RunAsync(new AttributionQuery());

        Assert.Equal(0, report.Unattributed);
        Assert.Equal(1, report.Result.Of("Instagram", AttributionModel.FirstTouch).Conversions);
        Assert.Equal(0, report.Figures["Instagram"].MedianDaysToConvert);
    }

    [Fact]
    public void Stored_times_are_read_exactly()
    {
        Assert.Equal(new DateTime(2026, 11, 22, 10, 30, 15, DateTimeKind.Utc).AddTicks(1234567), StoredTime.Parse("2026-11-22 10:30:15.1234567"u8));
        Assert.Equal(new DateTime(2026, 11, 22, 10, 30, 15, DateTimeKind.Utc).AddTicks(5000000), StoredTime.Parse("2026-11-22 10:30:15.5"u8));
        Assert.Equal(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), StoredTime.Parse("2026-01-02 03:04:05"u8));
    }

    private static async Task<AttributionReportResult> ReportAsync(TestDatabase database)
    {
        await using var scope = database.Scope();
        return await new AttributionReport(scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>(), database.Clock)
            .RunAsync(new AttributionQuery { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 12, 1) });
    }

    [Fact]
    public async Task A_report_asked_again_on_unchanged_data_is_not_computed_again_and_any_change_is_seen()
    {
        await using var database = await TestDatabase.CreateAsync();
        var won = await ProspectAsync(database, "Won", "Instagram", new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero));
        await TouchAsync(database, won, "Phone", new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.Zero));
        database.Clock.Now = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        await WinAsync(database, won, "2026-10-10", "1000");
        database.Clock.Now = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

        var first = await ReportAsync(database);
        Assert.Same(first, await ReportAsync(database));
        Assert.Equal(500m, first.Result.Of("Phone", AttributionModel.Linear).Value);

        // An edit keeps every id and count: the journal of changes is what tells.
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
            var activity = await db.Activities.SingleAsync(a => a.ProspectId == won);
            var input = ActivityInput.From(activity, database.Clock.LocalTimeZone);
            input.ChannelId = (await db.Channels.SingleAsync(c => c.Name == "LinkedIn")).Id;
            Assert.True((await scope.ServiceProvider.GetRequiredService<ActivityService>().UpdateAsync(activity.Id, input, null)).Succeeded);
        }
        var afterEdit = await ReportAsync(database);
        Assert.Equal((0m, 500m), (afterEdit.Result.Of("Phone", AttributionModel.Linear).Value, afterEdit.Result.Of("LinkedIn", AttributionModel.Linear).Value));

        // Another process (the command line) writes through its own connection and its own EF: the
        // journal in the database tells this one which prospect to read again.
        await using (var other = OtherProcess(database))
        {
            var copy = await other.Activities.AsNoTracking().SingleAsync(a => a.ProspectId == won);
            (copy.Id, copy.ChannelId, copy.Summary) = (0, (await other.Channels.SingleAsync(c => c.Name == "Phone")).Id, "Rappel");
            other.Activities.Add(copy);
            await other.SaveChangesAsync();
        }
        var afterInsert = await ReportAsync(database);
        Assert.Equal(1000m / 3, afterInsert.Result.Of("Phone", AttributionModel.Linear).Value, 6);

        // A statement EF does not track may have changed anything: everything is read again.
        await using (var other = OtherProcess(database))
            await other.Activities.Where(a => a.Summary == "Rappel").ExecuteDeleteAsync();
        var afterDelete = await ReportAsync(database);
        Assert.Equal((0m, 500m), (afterDelete.Result.Of("Phone", AttributionModel.Linear).Value, afterDelete.Result.Of("LinkedIn", AttributionModel.Linear).Value));
    }

    [Fact]
    public async Task After_every_kind_of_write_the_report_from_memory_equals_one_read_afresh()
    {
        await using var database = await TestDatabase.CreateAsync();
        var start = new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
        var won = await ProspectAsync(database, "Won", "Instagram", start);
        var open = await ProspectAsync(database, "Open", "Local event", start.AddDays(3));
        var gone = await ProspectAsync(database, "Gone", "LinkedIn", start.AddDays(5));
        await TouchAsync(database, won, "Phone", start.AddDays(10));
        await TouchAsync(database, open, "Instagram", start.AddDays(12));
        await TouchAsync(database, gone, "Phone", start.AddDays(14));
        var now = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
        database.Clock.Now = now;
        await ReportAsync(database); // the store is now in memory

        var writes = new (string What, Func<Task> Write)[]
        {
            ("a conversation logged", () => TouchAsync(database, open, "Door-to-door", start.AddDays(20), minutes: 45)),
            ("a sale", () => WinAsync(database, won, "2026-07-01", "800")),
            ("a new prospect", () => ProspectAsync(database, "New", "Referral", start.AddDays(30))),
            ("a source changed", async () =>
            {
                await using var scope = database.Scope();
                var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
                var input = ProspectInput.From(await db.Prospects.Include(p => p.Handles).Include(p => p.Tags).SingleAsync(p => p.Id == open));
                input.SourceChannelId = (await db.Channels.SingleAsync(c => c.Name == "Referral")).Id;
                Assert.True((await scope.ServiceProvider.GetRequiredService<ProspectService>().UpdateAsync(open, input.Version, input)).Succeeded);
            }),
            ("a conversation deleted", async () =>
            {
                await using var scope = database.Scope();
                var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
                var activity = await db.Activities.FirstAsync(a => a.ProspectId == open);
                Assert.True((await scope.ServiceProvider.GetRequiredService<ActivityService>().DeleteAsync(activity.Id, null)).Succeeded);
            }),
            ("a prospect deleted", async () =>
            {
                await using var scope = database.Scope();
                Assert.True((await scope.ServiceProvider.GetRequiredService<ProspectService>().DeleteAsync(gone)).Succeeded);
            }),
            ("a statement EF does not track", async () =>
            {
                await using var other = OtherProcess(database);
                await other.Activities.Where(a => a.ProspectId == won).ExecuteUpdateAsync(a => a.SetProperty(x => x.DurationMinutes, 90));
            }),
        };
        foreach (var (what, write) in writes)
        {
            database.Clock.Now = now;
            await write();
            database.Clock.Now = now;
            var fromMemory = Describe(await ReportAsync(database));
            await using (var connection = await database.OpenConnectionAsync())
                TouchStore.Forget(connection);
            Assert.True(fromMemory == Describe(await ReportAsync(database)), $"After {what}, memory and a fresh read disagree");
        }
    }

    private static SocialKpiDbContext OtherProcess(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<SocialKpiDbContext>();
        DatabaseSetup.Configure(options, database.Provider, database.ConnectionString);
        return new SocialKpiDbContext(options.Options);
    }

    private static string Describe(AttributionReportResult report) => string.Join(
        "; ",
        report.Result.Channels.SelectMany(c => c.ByModel.Select(m => $"{c.Channel}/{m.Key}={m.Value.Conversions:R}/{m.Value.Value}"))
            .Concat(report.Figures.Select(f => $"{f.Key}:{f.Value}"))
            .Concat(report.ByDistinctChannels.Select(d => $"{d.Label}:{d.Journeys}/{d.Conversions}"))
            .Append($"unattributed {report.Unattributed}, total {report.Result.TotalConversions}/{report.Result.TotalValue}"));
}
