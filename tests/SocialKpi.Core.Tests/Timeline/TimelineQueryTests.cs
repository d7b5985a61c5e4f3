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
