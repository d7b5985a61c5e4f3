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

    [Fact]
    public async Task Each_source_has_its_own_view_a_return_from_lost_counts_its_stays_and_the_period_keeps_the_prospects_created_in_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        var start = database.Clock.Now;
        var returned = await ProspectAsync(database, "Returned", "Instagram");
        var won = await ProspectAsync(database, "Won", "LinkedIn");
        database.Clock.Now = start.AddDays(1);
        await MoveAsync(database, won, "Proposal");
        database.Clock.Now = start.AddDays(2);
        await MoveAsync(database, returned, "Engaged");
        database.Clock.Now = start.AddDays(5);
        await MoveAsync(database, returned, "Lost");
        database.Clock.Now = start.AddDays(8);
        await MoveAsync(database, returned, "Engaged");
        database.Clock.Now = start.AddDays(11);
        await MoveAsync(database, won, "Client");
        database.Clock.Now = start.AddDays(20);
        var late = await ProspectAsync(database, "Late", "LinkedIn");
        database.Clock.Now = start.AddDays(30);

        await using var query = database.Scope();
        var funnel = query.ServiceProvider.GetRequiredService<Funnel>();
        var views = await funnel.OverallAndBySourceAsync();

        Assert.Equal([null, "Instagram", "LinkedIn"], views.Select(v => v.Channel));
        // Follower: 2 days (returned), 1 (won), 10 (late); Engaged: 3 then 22 days (returned, before and after lost).
        Assert.Equal(
            ["Follower 3→2 2", "Engaged 2→1 12.5", "Conversation 1→1 -", "Qualified 1→1 -", "Proposal 1→1 10", "Client 1→0 19"],
            Steps(views[0]));
        Assert.Equal(["Follower 1→1 2", "Engaged 1→0 12.5", "Conversation 0→0 -", "Qualified 0→0 -", "Proposal 0→0 -", "Client 0→0 -"], Steps(views[1]));
        Assert.Equal(["Follower 2→1 5.5", "Engaged 1→1 -", "Conversation 1→1 -", "Qualified 1→1 -", "Proposal 1→1 10", "Client 1→0 19"], Steps(views[2]));

        // "Late" was created after the period: it leaves LinkedIn's first step.
        var period = await funnel.OverallAndBySourceAsync(start.UtcDateTime, start.AddDays(15).UtcDateTime);
        Assert.Equal(["Follower 1→1 1", "Engaged 1→1 -"], Steps(period[2]).Take(2));
        Assert.Equal("Follower 2→2 1.5", Steps(period[0])[0]);
    }

    private static List<string> Steps(FunnelView view) =>
        [.. view.Steps.Select(s => $"{s.Stage} {s.Reached}→{s.WentFurther} {s.MedianDaysInStage?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}")];

    private static async Task<int> ProspectAsync(TestDatabase database, string name, string channel)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        var input = await Builders.ValidProspectAsync(db, name);
        (input.Email, input.Phone, input.Handles) = (null, null, []);
        input.SourceChannelId = await db.Channels.Where(c => c.Name == channel).Select(c => c.Id).SingleAsync();
        var result = await scope.ServiceProvider.GetRequiredService<ProspectService>().CreateAsync(input, null);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Id!.Value;
    }

    private static async Task MoveAsync(TestDatabase database, int prospectId, string stage)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        var move = new StageMoveInput
        {
            StageId = await db.Stages.Where(s => s.Name == stage).Select(s => s.Id).SingleAsync(),
            Version = await db.Prospects.Where(p => p.Id == prospectId).Select(p => p.Version).SingleAsync(),
            LossReasonId = stage == "Lost" ? await db.LossReasons.Select(r => r.Id).FirstAsync() : null,
            SaleAmount = stage == "Client" ? "500" : null,
            SoldOn = stage == "Client" ? DateOnly.FromDateTime(database.Clock.Now.Date).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        var result = await scope.ServiceProvider.GetRequiredService<ProspectService>().ChangeStageAsync(prospectId, move, null);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }
}
