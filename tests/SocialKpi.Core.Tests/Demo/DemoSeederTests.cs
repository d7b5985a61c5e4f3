using Microsoft.EntityFrameworkCore;
using SocialKpi.Channels;
using SocialKpi.Demo;
using SocialKpi.Pipeline;
using SocialKpi.Prospects;

namespace SocialKpi.Tests.Demo;

public sealed class DemoSeederTests
{
    [Fact]
    public async Task The_demo_workspace_covers_every_channel_kind_ring_and_outcome()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();

        var result = await new DemoSeeder(db, database.Clock).SeedAsync(2000, seed: 7);

        await using var check = database.NewContext();
        Assert.Equal(2000, await check.Prospects.CountAsync());
        Assert.Equal(result.StageChanges, await check.StageChanges.CountAsync());
        var kinds = await check.Prospects.Select(p => p.SourceChannel!.Kind).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<ChannelKind>().Order(), kinds.Order());
        var rings = await check.Prospects.Select(p => p.Ring).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<PerimeterRing>().Order(), rings.Order());
        var outcomes = await check.Prospects.Select(p => p.Stage!.Outcome).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<StageOutcome>().Order(), outcomes.Order());
    }

    [Fact]
    public async Task The_demo_has_weekly_figures_for_each_social_account_and_time_on_every_channel_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.NewContext())
            await new DemoSeeder(db, database.Clock).SeedAsync(200, seed: 3);
        await using (var db = database.NewContext())
            await new DemoSeeder(db, database.Clock).SeedAsync(200, seed: 4);

        await using var check = database.NewContext();
        var socialChannels = await check.Channels.CountAsync(c => c.Kind == ChannelKind.Social);
        Assert.Equal(socialChannels, await check.SocialAccounts.CountAsync());
        Assert.Equal(socialChannels * 53, await check.SocialSnapshots.CountAsync());
        var snapshots = await check.SocialSnapshots.ToListAsync();
        Assert.All(snapshots, s => Assert.InRange(s.EngagementRate!.Value, 0.005, 0.09));
        Assert.True(await check.TimeEntries.AnyAsync(t => t.Channel!.Kind == ChannelKind.Local));
        var today = DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime);
        Assert.False(await check.TimeEntries.AnyAsync(t => t.Date > today));
    }

    [Fact]
    public async Task The_demo_has_personas_with_checklists_ticked_more_by_clients_and_objectives_set_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.NewContext())
            await new DemoSeeder(db, database.Clock).SeedAsync(1000, seed: 3);
        await using (var db = database.NewContext())
            await new DemoSeeder(db, database.Clock).SeedAsync(100, seed: 4);

        await using var check = database.NewContext();
        Assert.All(await check.Personas.Include(p => p.Criteria).ToListAsync(), p => Assert.InRange(p.Criteria.Count, 3, 5));
        Assert.Equal(3, await check.Personas.CountAsync());
        var bands = await new SocialKpi.Kpis.FitReport(check).RunAsync();
        var low = bands.First();
        var high = bands.Last();
        Assert.True(high.ConversionRate > low.ConversionRate, $"high {high.ConversionRate} vs low {low.ConversionRate}");
        var objectives = await check.Objectives.ToListAsync();
        Assert.Equal(4, objectives.Count);
        Assert.All(objectives, o => Assert.Contains(o.Metric, SocialKpi.Objectives.KpiMetrics.Of(o.Kind)));
        Assert.All(objectives, o => Assert.True(o.Target > 0));
    }

    [Fact]
    public async Task Stage_histories_are_consistent_with_the_current_stage()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.NewContext())
            await new DemoSeeder(db, database.Clock).SeedAsync(300, seed: 3);

        await using var check = database.NewContext();
        var prospects = await check.Prospects.AsNoTracking().ToListAsync();
        var changes = (await check.StageChanges.AsNoTracking().ToListAsync()).ToLookup(c => c.ProspectId);
        foreach (var prospect in prospects)
        {
            var history = changes[prospect.Id].OrderBy(c => c.ChangedAt).ThenBy(c => c.Id).ToList();
            Assert.Null(history[0].FromStageId);
            Assert.Equal(prospect.CreatedAt, history[0].ChangedAt);
            Assert.Equal(prospect.StageId, history[^1].ToStageId);
            Assert.All(history.Skip(1).Zip(history), pair => Assert.Equal(pair.Second.ToStageId, pair.First.FromStageId));
            Assert.True(history[^1].ChangedAt <= database.Clock.Now.UtcDateTime);
        }
    }

    [Fact]
    public async Task Touches_respect_consent_cross_channels_and_stay_within_each_journey()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.NewContext())
            await new DemoSeeder(db, database.Clock).SeedAsync(400, seed: 5);

        await using var check = database.NewContext();
        var prospects = await check.Prospects.AsNoTracking().ToDictionaryAsync(p => p.Id);
        var activities = await check.Activities.AsNoTracking().ToListAsync();
        var consents = (await check.Consents.AsNoTracking().ToListAsync()).ToLookup(c => c.ProspectId);
        Assert.True(activities.Count >= 400 * 5);
        Assert.All(activities, a =>
        {
            Assert.InRange(a.OccurredAt, prospects[a.ProspectId].CreatedAt, database.Clock.Now.UtcDateTime);
            if (SocialKpi.Privacy.ConsentRules.PurposeOf(a.Kind, a.Direction) is { } purpose)
                Assert.Contains(consents[a.ProspectId], c => c.Purpose == purpose);
        });
        Assert.Contains(activities.GroupBy(a => a.ProspectId), journey => journey.Select(a => a.ChannelId).Distinct().Count() >= 3);

        var won = await check.Prospects.Where(p => p.Stage!.Outcome == StageOutcome.Won).Select(p => p.Id).ToListAsync();
        var sold = await check.Sales.Select(s => s.ProspectId).Distinct().ToListAsync();
        Assert.NotEmpty(won);
        Assert.Equal(won.Order(), sold.Order());
        Assert.Contains(prospects.Values, p => p.NextStepDue is not null);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_workspace()
    {
        async Task<List<string>> NamesAsync()
        {
            await using var database = await TestDatabase.CreateAsync();
            await using var db = database.NewContext();
            await new DemoSeeder(db, database.Clock).SeedAsync(50, seed: 11);
            return await db.Prospects.OrderBy(p => p.Id).Select(p => p.Name + "|" + p.StageId + "|" + p.Email).ToListAsync();
        }

        Assert.Equal(await NamesAsync(), await NamesAsync());
    }
}
