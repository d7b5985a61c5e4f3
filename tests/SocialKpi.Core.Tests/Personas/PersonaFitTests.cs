using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Kpis;
using SocialKpi.Personas;
using SocialKpi.Users;

namespace SocialKpi.Tests.Personas;

public sealed class PersonaFitTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    /// <summary>A persona with three criteria, and the ids of the criteria.</summary>
    private async Task<(int Persona, int[] Criteria)> PersonaAsync(PersonaService personas)
    {
        var persona = (await personas.CreateAsync("Commerce de quartier", "Boutiques à moins de 2 km")).Id!.Value;
        var criteria = new List<int>();
        foreach (var text in new[] { "Ouvert le dimanche", "A un site web", "Moins de 5 salariés" })
            criteria.Add((await personas.AddCriterionAsync(persona, text)).Id!.Value);
        return (persona, criteria.ToArray());
    }

    private async Task<int> ProspectAsync(int personaId, string name, bool won = false)
    {
        await using var db = database.NewContext();
        var input = await Builders.ValidProspectAsync(db, name);
        input.PersonaId = personaId;
        await using var scope = database.Scope();
        var id = (await scope.ServiceProvider.GetRequiredService<SocialKpi.Prospects.ProspectService>().CreateAsync(input, null)).Id!.Value;
        if (won)
        {
            var stage = await db.Stages.SingleAsync(s => s.Outcome == SocialKpi.Pipeline.StageOutcome.Won);
            await db.Prospects.Where(p => p.Id == id).ExecuteUpdateAsync(u => u.SetProperty(p => p.StageId, stage.Id));
        }
        return id;
    }

    [Fact]
    public async Task A_prospect_s_fit_is_the_share_of_its_persona_s_criteria_it_meets()
    {
        await using var scope = database.Scope();
        var personas = scope.ServiceProvider.GetRequiredService<PersonaService>();
        var (persona, criteria) = await PersonaAsync(personas);
        var prospect = await ProspectAsync(persona, "Fleuriste Rose");

        await personas.SetMetAsync(prospect, criteria[0], true);
        await personas.SetMetAsync(prospect, criteria[1], true);
        await personas.SetMetAsync(prospect, criteria[1], true); // ticking twice changes nothing
        var fit = (await personas.FitAsync(prospect))!;

        Assert.Equal("Commerce de quartier", fit.Persona);
        Assert.Equal([true, true, false], fit.Criteria.Select(c => c.Met));
        Assert.Equal(2.0 / 3, fit.Score!.Value, 10);

        await personas.RemoveCriterionAsync(criteria[0]);
        Assert.Equal(0.5, (await personas.FitAsync(prospect))!.Score);
    }

    [Fact]
    public async Task Only_owners_edit_personas_and_viewers_cannot_tick_criteria()
    {
        using var _ = new CultureScope("en-GB");
        await using var scope = database.Scope();
        var personas = scope.ServiceProvider.GetRequiredService<PersonaService>();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var member = (await accounts.CreateAsync("m@atelier.fr", "Member", "motdepasse42", Roles.Member)).User!;
        var viewer = (await accounts.CreateAsync("v@atelier.fr", "Viewer", "motdepasse42", Roles.Viewer)).User!;
        var (persona, criteria) = await PersonaAsync(personas);
        var prospect = await ProspectAsync(persona, "Fleuriste Rose");
        var other = (await personas.CreateAsync("Artisan", null)).Id!.Value;
        var foreign = (await personas.AddCriterionAsync(other, "A un atelier")).Id!.Value;

        Assert.Equal("Only the owner changes the settings.", Assert.Single((await personas.CreateAsync("Autre", null, member.Id)).Errors).ErrorMessage);
        Assert.False((await personas.SetMetAsync(prospect, criteria[0], true, viewer.Id)).Succeeded);
        Assert.True((await personas.SetMetAsync(prospect, criteria[0], true, member.Id)).Succeeded);
        Assert.Equal("This criterion is not one of the prospect's persona.", Assert.Single((await personas.SetMetAsync(prospect, foreign, true)).Errors).ErrorMessage);
        Assert.Equal("A persona named commerce de quartier already exists.", Assert.Single((await personas.CreateAsync("commerce de quartier", null)).Errors).ErrorMessage);
    }

    [Fact]
    public async Task Conversion_by_fit_band_shows_whether_the_profile_predicts_sales()
    {
        await using var scope = database.Scope();
        var personas = scope.ServiceProvider.GetRequiredService<PersonaService>();
        var (persona, criteria) = await PersonaAsync(personas);
        // Low fit (0 or 1 of 3): two prospects, no client. Middle (2 of 3): two, one client. High (3 of 3): one client.
        var low1 = await ProspectAsync(persona, "Bas 1");
        var low2 = await ProspectAsync(persona, "Bas 2");
        await personas.SetMetAsync(low2, criteria[0], true);
        foreach (var (name, won) in new[] { ("Moyen 1", true), ("Moyen 2", false) })
        {
            var id = await ProspectAsync(persona, name, won);
            await personas.SetMetAsync(id, criteria[0], true);
            await personas.SetMetAsync(id, criteria[1], true);
        }
        var high = await ProspectAsync(persona, "Haut", won: true);
        foreach (var criterion in criteria)
            await personas.SetMetAsync(high, criterion, true);
        await using var db = database.NewContext();

        var bands = await new FitReport(db).RunAsync();

        Assert.Equal([(0, 33, 2, 0), (34, 66, 2, 1), (67, 100, 1, 1)], bands.Select(b => (b.FromPercent, b.ToPercent, b.Prospects, b.Clients)));
        Assert.Equal([0.0, 0.5, 1.0], bands.Select(b => b.ConversionRate!.Value));
        Assert.True(low1 > 0);
    }

    [Fact]
    public async Task The_prospect_list_shows_each_fit_and_sorts_by_it_with_unqualified_prospects_last()
    {
        await using var scope = database.Scope();
        var personas = scope.ServiceProvider.GetRequiredService<PersonaService>();
        var (persona, criteria) = await PersonaAsync(personas);
        var none = await ProspectAsync(persona, "Aucun");
        var one = await ProspectAsync(persona, "Un");
        var all = await ProspectAsync(persona, "Tous");
        await personas.SetMetAsync(one, criteria[0], true);
        foreach (var criterion in criteria)
            await personas.SetMetAsync(all, criterion, true);
        await using (var db = database.NewContext())
        {
            var input = await Builders.ValidProspectAsync(db, "Sans persona");
            Assert.True((await scope.ServiceProvider.GetRequiredService<SocialKpi.Prospects.ProspectService>().CreateAsync(input, null)).Succeeded);
        }
        var search = scope.ServiceProvider.GetRequiredService<SocialKpi.Prospects.ProspectSearch>();

        var ascending = await search.FindAsync(new SocialKpi.Prospects.ProspectQuery { Sort = SocialKpi.Prospects.ProspectSort.Fit });
        var descending = await search.FindAsync(new SocialKpi.Prospects.ProspectQuery { Sort = SocialKpi.Prospects.ProspectSort.Fit, Descending = true });

        Assert.Equal(["Aucun", "Un", "Tous", "Sans persona"], ascending.Items.Select(i => i.Name));
        Assert.Equal(["Tous", "Un", "Aucun", "Sans persona"], descending.Items.Select(i => i.Name));
        var fits = ascending.Items.Take(3).Select(i => i.Fit!.Value).ToList();
        Assert.Equal(0.0, fits[0], 6);
        Assert.Equal(1.0 / 3, fits[1], 6);
        Assert.Equal(1.0, fits[2], 6);
        Assert.Null(ascending.Items[^1].Fit);
        Assert.True(none > 0);
    }

    [Theory]
    [InlineData(SocialKpi.Prospects.FitLevel.Low, new[] { "Aucun", "Un" })]
    [InlineData(SocialKpi.Prospects.FitLevel.Middle, new[] { "Deux" })]
    [InlineData(SocialKpi.Prospects.FitLevel.High, new[] { "Tous" })]
    public async Task The_prospect_list_filters_by_fit_band_as_the_fit_report_counts_them(SocialKpi.Prospects.FitLevel level, string[] expected)
    {
        await using var scope = database.Scope();
        var personas = scope.ServiceProvider.GetRequiredService<PersonaService>();
        var (persona, criteria) = await PersonaAsync(personas);
        await ProspectAsync(persona, "Aucun");
        var one = await ProspectAsync(persona, "Un");
        var two = await ProspectAsync(persona, "Deux");
        var all = await ProspectAsync(persona, "Tous");
        await personas.SetMetAsync(one, criteria[0], true);
        foreach (var criterion in criteria.Take(2))
            await personas.SetMetAsync(two, criterion, true);
        foreach (var criterion in criteria)
            await personas.SetMetAsync(all, criterion, true);
        // A persona without a checklist puts its prospect in no band.
        var empty = (await personas.CreateAsync("Sans critères", null)).Id!.Value;
        await ProspectAsync(empty, "Hors bande");

        var found = await scope.ServiceProvider.GetRequiredService<SocialKpi.Prospects.ProspectSearch>()
            .FindAsync(new SocialKpi.Prospects.ProspectQuery { Fit = level, Sort = SocialKpi.Prospects.ProspectSort.Name });

        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Items.Select(i => i.Name).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Length, found.Total);
    }
}
