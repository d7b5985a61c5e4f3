using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Activities;

namespace SocialKpi.Tests.Activities;

public sealed class FollowUpsTests
{
    [Fact]
    public async Task Next_steps_fall_into_overdue_today_and_the_next_seven_days()
    {
        await using var database = await TestDatabase.CreateAsync();
        var prospectId = await Builders.ProspectAsync(database);
        await using var scope = database.Scope();
        var activities = scope.ServiceProvider.GetRequiredService<ActivityService>();
        // The test clock says 2026-11-22 10:00 in Paris.
        foreach (var (step, due) in new[] { ("Late", "2026-11-20"), ("Today", "2026-11-22"), ("Soon", "2026-11-29"), ("Later", "2026-11-30") })
        {
            var input = Builders.Dm(database);
            (input.NextStep, input.NextStepDue) = (step, due);
            Assert.True((await activities.LogAsync(prospectId, input, null)).Succeeded);
        }

        var board = await scope.ServiceProvider.GetRequiredService<FollowUps>().ForAsync(ownerId: null);

        Assert.Equal(new DateOnly(2026, 11, 22), board.Today);
        Assert.Equal(["Late"], board.Overdue.Items.Select(f => f.NextStep));
        Assert.Equal(["Today"], board.DueToday.Items.Select(f => f.NextStep));
        Assert.Equal(["Soon"], board.NextSevenDays.Items.Select(f => f.NextStep));
        Assert.Equal("Hélène Léger", board.Overdue.Items[0].ProspectName);
    }

    [Fact]
    public async Task Only_the_owner_follow_ups_when_asked()
    {
        await using var database = await TestDatabase.CreateAsync();
        var prospectId = await Builders.ProspectAsync(database);
        await using var scope = database.Scope();
        var input = Builders.Dm(database);
        (input.NextStep, input.NextStepDue) = ("Call back", "2026-11-22");
        await scope.ServiceProvider.GetRequiredService<ActivityService>().LogAsync(prospectId, input, null);

        var board = await scope.ServiceProvider.GetRequiredService<FollowUps>().ForAsync(ownerId: "someone-else");

        Assert.Equal(0, board.DueToday.Total);
    }
}
