using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Activities;
using SocialKpi.Data;
using SocialKpi.Pipeline;
using SocialKpi.Prospects;
using SocialKpi.Users;

namespace SocialKpi.Tests.Users;

/// <summary>A viewer reads and changes nothing, whatever page or button asked the service.</summary>
public sealed class PermissionsTests
{
    private static async Task<string> UserAsync(TestDatabase database, string role)
    {
        await using var scope = database.Scope();
        var created = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync($"{role}@atelier.fr", role, "motdepasse42", role);
        return created.User!.Id;
    }

    [Fact]
    public async Task A_viewer_s_log_create_and_move_are_refused_and_nothing_is_saved()
    {
        using var _ = new CultureScope("en-GB");
        await using var database = await TestDatabase.CreateAsync();
        var prospectId = await Builders.ProspectAsync(database);
        var viewer = await UserAsync(database, Roles.Viewer);
        await using var scope = database.Scope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<SocialKpiDbContext>();

        var log = await services.GetRequiredService<ActivityService>().LogAsync(prospectId, Builders.Dm(database), viewer);
        var create = await services.GetRequiredService<ProspectService>().CreateAsync(await Builders.ValidProspectAsync(db, "Another"), viewer);
        var engaged = await db.Stages.OrderBy(s => s.Position).Skip(1).Select(s => s.Id).FirstAsync();
        var version = await db.Prospects.Where(p => p.Id == prospectId).Select(p => p.Version).SingleAsync();
        var move = await services.GetRequiredService<ProspectService>().ChangeStageAsync(prospectId, new StageMoveInput { StageId = engaged, Version = version }, viewer);

        var edit = await services.GetRequiredService<ProspectService>().UpdateAsync(prospectId, version, await Builders.ValidProspectAsync(db, "Renamed"), viewer);
        var delete = await services.GetRequiredService<ProspectService>().DeleteAsync(prospectId, viewer);

        foreach (var result in new[] { log, create, move, edit, delete })
            Assert.Equal("Your role (viewer) lets you read but not change anything.", Assert.Single(result.Errors).ErrorMessage);
        Assert.Equal(0, await db.Activities.CountAsync());
        Assert.Equal("Hélène Léger", await db.Prospects.Select(p => p.Name).SingleAsync());
    }

    [Fact]
    public async Task A_viewer_cannot_close_or_snooze_a_follow_up()
    {
        await using var database = await TestDatabase.CreateAsync();
        var prospectId = await Builders.ProspectAsync(database);
        var viewer = await UserAsync(database, Roles.Viewer);
        await using var scope = database.Scope();
        var activities = scope.ServiceProvider.GetRequiredService<ActivityService>();
        var input = Builders.Dm(database);
        input.NextStep = "Send the quote";
        input.NextStepDue = "2026-11-25";
        var logged = await activities.LogAsync(prospectId, input, null);

        Assert.False((await activities.CompleteNextStepAsync(logged.Id!.Value, viewer)).Succeeded);
        Assert.False((await activities.SnoozeAsync(logged.Id!.Value, new DateOnly(2026, 12, 1), viewer)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        var activity = await db.Activities.AsNoTracking().SingleAsync();
        Assert.Null(activity.NextStepDoneAt);
        Assert.Equal(new DateOnly(2026, 11, 25), activity.NextStepDue);
    }

    [Fact]
    public async Task Only_the_owner_changes_the_settings()
    {
        using var _ = new CultureScope("fr-FR");
        await using var database = await TestDatabase.CreateAsync();
        var member = await UserAsync(database, Roles.Member);
        var owner = await UserAsync(database, Roles.Owner);
        await using var scope = database.Scope();
        var services = scope.ServiceProvider;
        var lookback = services.GetRequiredService<SocialKpi.Attribution.AttributionSettings>();
        var stages = services.GetRequiredService<StageSettings>();

        var refused = await lookback.SetLookbackDaysAsync("30", member);
        var stageRefused = await stages.AddAsync("Devis envoyé", member);

        Assert.Equal("Seul le propriétaire modifie les paramètres.", Assert.Single(refused.Errors).ErrorMessage);
        Assert.False(stageRefused.Succeeded);
        Assert.Equal(90, await lookback.LookbackDaysAsync());
        Assert.True((await lookback.SetLookbackDaysAsync("30", owner)).Succeeded);
        Assert.Equal(30, await lookback.LookbackDaysAsync());
    }

    [Theory]
    [InlineData(Roles.Owner)]
    [InlineData(Roles.Member)]
    public async Task Owners_and_members_may_log(string role)
    {
        await using var database = await TestDatabase.CreateAsync();
        var prospectId = await Builders.ProspectAsync(database);
        var user = await UserAsync(database, role);
        await using var scope = database.Scope();

        var log = await scope.ServiceProvider.GetRequiredService<ActivityService>().LogAsync(prospectId, Builders.Dm(database), user);

        Assert.True(log.Succeeded);
    }
}
