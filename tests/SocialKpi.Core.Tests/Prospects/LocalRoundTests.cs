using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Activities;
using SocialKpi.Data;
using SocialKpi.Prospects;

namespace SocialKpi.Tests.Prospects;

/// <summary>A door-to-door round on Sunday 2026-11-22 (the test clock), in the street ring.</summary>
public sealed class LocalRoundTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task<int> ProspectAsync(string name, PerimeterRing ring = PerimeterRing.Street, string city = "Lyon", bool lost = false)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        var prospects = scope.ServiceProvider.GetRequiredService<ProspectService>();
        var input = await Builders.ValidProspectAsync(db, name);
        (input.Email, input.Phone, input.Handles, input.Ring, input.City) = (null, null, [], ring, city);
        var result = await prospects.CreateAsync(input, null);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        if (lost)
        {
            var stage = await db.Stages.Where(s => s.Outcome == SocialKpi.Pipeline.StageOutcome.Lost).Select(s => s.Id).SingleAsync();
            var reason = await db.LossReasons.Select(r => r.Id).FirstAsync();
            var version = await db.Prospects.Where(p => p.Id == result.Id).Select(p => p.Version).SingleAsync();
            var move = new SocialKpi.Pipeline.StageMoveInput { StageId = stage, LossReasonId = reason, Version = version };
            Assert.True((await prospects.ChangeStageAsync(result.Id!.Value, move, null)).Succeeded);
        }
        return result.Id!.Value;
    }

    private async Task LogAsync(int prospectId, Direction direction, string? nextStep = null, string? due = null)
    {
        await using var scope = database.Scope();
        var input = Builders.Dm(database);
        (input.Direction, input.NextStep, input.NextStepDue) = (direction, nextStep, due);
        Assert.True((await scope.ServiceProvider.GetRequiredService<ActivityService>().LogAsync(prospectId, input, null)).Succeeded);
    }

    private async Task<IReadOnlyList<RoundStop>> StopsAsync(string? city = null)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<LocalRound>().StopsAsync(PerimeterRing.Street, city);
    }

    [Fact]
    public async Task A_round_lists_the_ring_s_open_prospects_not_yet_contacted_or_due_follow_ups_first()
    {
        var fresh = await ProspectAsync("Boulangerie Léger");
        var met = await ProspectAsync("Café des Arts");
        await LogAsync(met, Direction.Outbound);
        var due = await ProspectAsync("Fleuriste Rose");
        await LogAsync(due, Direction.Outbound, "Apporter le devis", "2026-11-21");
        var later = await ProspectAsync("Pressing du Parc");
        await LogAsync(later, Direction.Outbound, "Rappeler", "2026-11-30");
        var wrote = await ProspectAsync("Librairie Alinéa");
        // They wrote to us, with a step for later: still never visited by us, and the step is not due.
        await LogAsync(wrote, Direction.Inbound, "Envoyer le catalogue", "2026-11-30");
        await ProspectAsync("Garage Martin", ring: PerimeterRing.City);
        await ProspectAsync("Boucherie Dupont", lost: true);
        await ProspectAsync("Épicerie Villeurbanne", city: "Villeurbanne");

        var stops = await StopsAsync();
        var inLyon = await StopsAsync("Lyon");

        Assert.Equal(["Fleuriste Rose", "Boulangerie Léger", "Librairie Alinéa", "Épicerie Villeurbanne"], stops.Select(s => s.Name));
        Assert.Equal(("Apporter le devis", new DateOnly(2026, 11, 21)), (stops[0].DueStep, stops[0].Due));
        Assert.NotNull(stops[0].DueActivityId);
        Assert.Null(stops[1].DueStep);
        // A visit would leave the step that is not due yet open.
        Assert.Equal(("Librairie Alinéa", null, null), (stops[2].Name, stops[2].DueStep, stops[2].DueActivityId));
        Assert.DoesNotContain("Épicerie Villeurbanne", inLyon.Select(s => s.Name));
        Assert.True(fresh > 0);
    }

    [Fact]
    public async Task A_visit_logged_in_one_tap_answers_the_due_step_and_moves_the_round_on()
    {
        using var _ = new CultureScope("fr-FR");
        var due = await ProspectAsync("Fleuriste Rose");
        await LogAsync(due, Direction.Outbound, "Apporter le devis", "2026-11-21");
        var fresh = await ProspectAsync("Boulangerie Léger");
        var stops = await StopsAsync();
        await using var scope = database.Scope();
        var round = scope.ServiceProvider.GetRequiredService<LocalRound>();
        var doorToDoor = (await round.ChannelsAsync())[0];

        Assert.True((await round.LogVisitAsync(stops[0], VisitOutcome.Interested, doorToDoor.Id, null)).Succeeded);
        Assert.True((await round.LogVisitAsync(stops[1], VisitOutcome.NobodyHome, doorToDoor.Id, null)).Succeeded);

        Assert.Contains(doorToDoor.Name, new[] { "Porte-à-porte", "Door-to-door" });
        Assert.Empty(await StopsAsync());
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        var visits = await db.Activities.AsNoTracking().Where(a => a.Kind == ActivityKind.Visit).OrderBy(a => a.ProspectId).ToListAsync();
        Assert.All(visits, v => Assert.Equal((Direction.Outbound, doorToDoor.Id), (v.Direction, v.ChannelId)));
        Assert.Equal((new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 29)), (visits.Single(v => v.ProspectId == due).NextStepDue, visits.Single(v => v.ProspectId == fresh).NextStepDue));
        // The step the visit answered is done.
        Assert.NotNull(await db.Activities.Where(a => a.ProspectId == due && a.NextStep == "Apporter le devis").Select(a => a.NextStepDoneAt).SingleAsync());

        Assert.Equal("Visite en porte-à-porte : intéressé·e.", visits.Single(v => v.ProspectId == due).Summary);

        // A week later both are due: the interested one to follow up, the closed door to pass by again.
        database.Clock.Now = database.Clock.Now.AddDays(7);
        Assert.Equal([("Fleuriste Rose", "Relancer après la visite"), ("Boulangerie Léger", "Repasser")], (await StopsAsync()).Select(s => (s.Name, s.DueStep)));
    }
}
