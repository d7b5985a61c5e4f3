using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Activities;
using SocialKpi.Pipeline;
using SocialKpi.Privacy;
using SocialKpi.Prospects;
using SocialKpi.Timeline;

namespace SocialKpi.Tests.Timeline;

public sealed class TimelineQueryTests
{
    [Fact]
    public async Task Activities_stage_changes_sales_and_consents_come_newest_first()
    {
        await using var database = await TestDatabase.CreateAsync();
        var prospectId = await Builders.ProspectAsync(database);
        await using var scope = database.Scope();
        var services = scope.ServiceProvider;
        database.Clock.Now = database.Clock.Now.AddHours(1);
        await services.GetRequiredService<ActivityService>().LogAsync(prospectId, Builders.Dm(database, "Hello"), null);
        database.Clock.Now = database.Clock.Now.AddHours(1);
        await services.GetRequiredService<ConsentService>().RecordAsync(prospectId, new ConsentInput { Evidence = "Signed card", GivenOn = "2026-11-22" }, null);
        database.Clock.Now = database.Clock.Now.AddHours(1);
        var client = await services.GetRequiredService<SocialKpi.Data.SocialKpiDbContext>().Stages.SingleAsync(s => s.Name == "Client");
        await services.GetRequiredService<ProspectService>().ChangeStageAsync(prospectId, new StageMoveInput { StageId = client.Id, SaleAmount = "500", SoldOn = "2026-11-22" }, null);

        var page = await services.GetRequiredService<TimelineQuery>().ForProspectAsync(prospectId);

        Assert.Equal(
            [TimelineEntryKind.StageChange, TimelineEntryKind.Sale, TimelineEntryKind.ConsentGiven, TimelineEntryKind.Activity, TimelineEntryKind.StageChange],
            page.Entries.Select(e => e.Kind));
        Assert.Equal(("Follower", "Client"), (page.Entries[0].FromStage, page.Entries[0].ToStage));
        Assert.Equal(500m, page.Entries[1].Amount);
        Assert.Equal("Hello", page.Entries[3].Summary);
        Assert.False(page.HasMore);
    }

    [Fact]
    public async Task Each_entry_carries_a_key_no_other_entry_has_and_an_activity_its_own_id()
    {
        await using var database = await TestDatabase.CreateAsync();
        var prospectId = await Builders.ProspectAsync(database);
        await using var scope = database.Scope();
        var services = scope.ServiceProvider;
        var activities = services.GetRequiredService<ActivityService>();
        var consents = services.GetRequiredService<ConsentService>();
        database.Clock.Now = database.Clock.Now.AddHours(1);
        var kept = (await activities.LogAsync(prospectId, Builders.Dm(database, "Kept"), null)).Id!.Value;
        var edited = (await activities.LogAsync(prospectId, Builders.Dm(database, "Edited"), null)).Id!.Value;
        var deleted = (await activities.LogAsync(prospectId, Builders.Dm(database, "Deleted"), null)).Id!.Value;
        database.Clock.Now = database.Clock.Now.AddHours(1);
        await activities.UpdateAsync(edited, Builders.Dm(database, "Edited again"), null);
        await activities.DeleteAsync(deleted, null);
        var consentId = (await consents.RecordAsync(prospectId, new ConsentInput { Evidence = "Signed card", GivenOn = "2026-11-22" }, null)).Id!.Value;
        database.Clock.Now = database.Clock.Now.AddHours(1);
        await consents.WithdrawAsync(prospectId, consentId);
        var client = await services.GetRequiredService<SocialKpi.Data.SocialKpiDbContext>().Stages.SingleAsync(s => s.Name == "Client");
        await services.GetRequiredService<ProspectService>().ChangeStageAsync(prospectId, new StageMoveInput { StageId = client.Id, SaleAmount = "500", SoldOn = "2026-11-22" }, null);

        var entries = (await services.GetRequiredService<TimelineQuery>().ForProspectAsync(prospectId)).Entries;

        // Every kind is there: the page keys entries, and two under one key would end the circuit.
        Assert.Equal(Enum.GetValues<TimelineEntryKind>().Order(), entries.Select(e => e.Kind).Distinct().Order());
        Assert.Equal(entries.Count, entries.Select(e => e.Key).Distinct().Count());
        Assert.Equal([kept, edited], entries.Where(e => e.Kind == TimelineEntryKind.Activity).Select(e => (int)e.SourceId).Order());
        Assert.All(entries.Where(e => e.Kind is TimelineEntryKind.ConsentGiven or TimelineEntryKind.ConsentWithdrawn), e => Assert.Equal(consentId, e.SourceId));
    }

    [Fact]
    public async Task A_long_history_comes_in_pages()
    {
        await using var database = await TestDatabase.CreateAsync();
        var prospectId = await Builders.ProspectAsync(database);
        await using var scope = database.Scope();
        var activities = scope.ServiceProvider.GetRequiredService<ActivityService>();
        database.Clock.Now = database.Clock.Now.AddHours(3);
        for (var i = 0; i < 25; i++)
        {
            var input = Builders.Dm(database, $"Message {i}");
            input.OccurredAt = Builders.Local(database, database.Clock.Now.AddMinutes(-100 + i));
            await activities.LogAsync(prospectId, input, null);
        }
        var timeline = scope.ServiceProvider.GetRequiredService<TimelineQuery>();

        var first = await timeline.ForProspectAsync(prospectId, 1);
        var second = await timeline.ForProspectAsync(prospectId, 2);

        Assert.True(first.HasMore);
        Assert.Equal("Message 24", first.Entries[0].Summary);
        Assert.Equal(6, second.Entries.Count);
        Assert.Equal(TimelineEntryKind.StageChange, second.Entries[^1].Kind);
        Assert.False(second.HasMore);
    }
}
