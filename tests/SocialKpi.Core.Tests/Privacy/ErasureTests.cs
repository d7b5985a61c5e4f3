using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Activities;
using SocialKpi.Data;
using SocialKpi.Privacy;
using SocialKpi.Users;

namespace SocialKpi.Tests.Privacy;

public sealed class ErasureTests : ProspectFixture
{
    private async Task<AppUser> UserAsync(string role)
    {
        await using var scope = Database.Scope();
        return (await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync($"{role}@atelier.fr", role, "motdepasse42", role)).User!;
    }

    private async Task<ErasureResult> EraseAsync(string? actorId, params int[] ids)
    {
        await using var db = Database.NewContext();
        return await new Erasure(db, Database.Clock).EraseAsync(ids, actorId);
    }

    [Fact]
    public async Task Only_owners_erase_and_an_unknown_id_erases_nothing()
    {
        using var _ = new CultureScope("en-GB");
        var member = await UserAsync(Roles.Member);

        var byMember = await EraseAsync(member.Id, ProspectId);
        var withUnknown = await EraseAsync(null, ProspectId, 999);

        Assert.Equal("Only the owner changes the settings.", byMember.Error);
        Assert.Equal("No prospect has the id 999; nothing was changed.", withUnknown.Error);
        await using var db = Database.NewContext();
        Assert.Equal("Hélène Léger", await db.Prospects.Where(p => p.Id == ProspectId).Select(p => p.Name).SingleAsync());
    }

    [Fact]
    public async Task An_erased_prospect_keeps_its_figures_but_no_personal_data_or_follow_up()
    {
        using var _ = new CultureScope("en-GB");
        await using (var scope = Database.Scope())
        {
            var input = Builders.Dm(Database, "Hélène asked for the price of a wedding cake");
            (input.NextStep, input.NextStepDue) = ("Call Hélène back", "2026-11-25");
            Assert.True((await scope.ServiceProvider.GetRequiredService<ActivityService>().LogAsync(ProspectId, input, null)).Succeeded);
        }

        var result = await EraseAsync(null, ProspectId);

        Assert.True(result.Succeeded);
        await using var db = Database.NewContext();
        var prospect = await db.Prospects.Include(p => p.Handles).Include(p => p.Tags).SingleAsync(p => p.Id == ProspectId);
        Assert.Equal($"Erased prospect #{ProspectId}", prospect.Name);
        Assert.Equal((null, null, null, 0, 0), (prospect.Email, prospect.Phone, prospect.NextStep, prospect.Handles.Count, prospect.Tags.Count));
        var activity = await db.Activities.SingleAsync(a => a.ProspectId == ProspectId);
        Assert.Equal(("", null, ActivityKind.Dm, 5), (activity.Summary, activity.NextStepDue, activity.Kind, activity.DurationMinutes));
        Assert.Equal(1200m, prospect.EstimatedValue);
        Assert.NotEmpty(await db.StageChanges.Where(c => c.ProspectId == ProspectId).ToListAsync());
        await using var scope2 = Database.Scope();
        var followUps = await scope2.ServiceProvider.GetRequiredService<FollowUps>().ForAsync(null);
        Assert.Equal(0, followUps.Overdue.Total + followUps.DueToday.Total + followUps.NextSevenDays.Total);
    }

    [Fact]
    public async Task Viewers_cannot_export_a_persons_data()
    {
        var viewer = await UserAsync(Roles.Viewer);
        var member = await UserAsync(Roles.Member);
        await using var db = Database.NewContext();
        var data = new PersonalData(db, Database.Clock);

        Assert.Null(await data.ExportAsync(ProspectId, viewer.Id));
        var json = await data.ExportAsync(ProspectId, member.Id);
        Assert.Contains("\"name\": \"Hélène Léger\"", json);
        Assert.Contains("\"ring\": \"Street\"", json);
        Assert.Equal(ProspectId, await data.FindAsync($"#{ProspectId}"));
        Assert.Null(await data.FindAsync("#999"));
    }
}
