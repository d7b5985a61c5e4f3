using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Data;
using SocialKpi.Kpis;
using SocialKpi.Pipeline;
using SocialKpi.Prospects;

namespace SocialKpi.Tests.Kpis;

public sealed class FunnelTests
{
    [Fact]
    public async Task Stage_to_stage_conversion_counts_skipped_stages_and_time_in_stage_runs_to_the_next_move()
    {
        await using var database = await TestDatabase.CreateAsync();
        var start = database.Clock.Now;
        var stayed = await Builders.ProspectAsync(database, "Stayed");
        var moved = await Builders.ProspectAsync(database, "Moved");
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
            var qualified = await db.Stages.SingleAsync(s => s.Name == "Qualified");
            database.Clock.Now = start.AddDays(4);
            Assert.True((await scope.ServiceProvider.GetRequiredService<ProspectService>().ChangeStageAsync(moved, new StageMoveInput { StageId = qualified.Id }, null)).Succeeded);
        }
        database.Clock.Now = start.AddDays(10);

        await using var query = database.Scope();
        var views = await query.ServiceProvider.GetRequiredService<Funnel>().OverallAndBySourceAsync();

        var overall = views[0].Steps;
        Assert.Null(views[0].Channel);
        Assert.Equal(["Follower", "Engaged", "Conversation", "Qualified", "Proposal", "Client"], overall.Select(s => s.Stage));
        Assert.Equal((2, 1), (overall[0].Reached, overall[0].WentFurther));
        Assert.Equal(0.5, overall[0].ConversionToNext);
        Assert.Equal(1, overall[1].Reached); // skipped, still reached
        Assert.Equal(1, overall[3].Reached);
        Assert.Equal(0, overall[3].WentFurther);
        Assert.Equal(7, overall[0].MedianDaysInStage); // 10 days (stayed) and 4 days (moved)
        Assert.Equal(6, overall[3].MedianDaysInStage);
        Assert.Equal("Instagram", Assert.Single(views.Skip(1)).Channel);
    }
}
