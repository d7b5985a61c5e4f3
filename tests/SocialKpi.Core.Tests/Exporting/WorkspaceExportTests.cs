using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Activities;
using SocialKpi.Data;
using SocialKpi.Exporting;
using SocialKpi.Importing;
using SocialKpi.Personas;
using SocialKpi.Prospects;
using SocialKpi.Pipeline;
using SocialKpi.Users;

namespace SocialKpi.Tests.Exporting;

public sealed class WorkspaceExportTests : IAsyncLifetime
{
    private TestDatabase source = null!;
    private TestDatabase target = null!;

    public async Task InitializeAsync() => (source, target) = (await TestDatabase.CreateAsync(), await TestDatabase.CreateAsync());

    public async Task DisposeAsync()
    {
        await source.DisposeAsync();
        await target.DisposeAsync();
    }

    private static async Task<(string Prospects, string Activities, string Sales)> ExportAsync(TestDatabase database, ProspectQuery? filter = null)
    {
        await using var scope = database.Scope();
        var export = new WorkspaceExport(scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>(), scope.ServiceProvider.GetRequiredService<ProspectSearch>(), database.Clock);
        var (prospects, activities, sales) = (new StringWriter(), new StringWriter(), new StringWriter());
        await export.ProspectsAsync(prospects, filter);
        await export.ActivitiesAsync(activities);
        await export.SalesAsync(sales);
        return (prospects.ToString(), activities.ToString(), sales.ToString());
    }

    /// <summary>The same teammate and persona in both workspaces: an import names them, it does not create them.</summary>
    private static async Task<(string OwnerId, int PersonaId)> TeamAsync(TestDatabase database)
    {
        await using var scope = database.Scope();
        var owner = (await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync("lea@atelier.fr", "Léa", "motdepasse42", Roles.Owner)).User!;
        var persona = await scope.ServiceProvider.GetRequiredService<PersonaService>().CreateAsync("Commerçant du quartier", null);
        return (owner.Id, persona.Id!.Value);
    }

    [Fact]
    public async Task An_export_imports_back_unchanged()
    {
        var (ownerId, personaId) = await TeamAsync(source);
        await TeamAsync(target);
        int typedId;
        await using (var scope = source.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
            // A prospect typed in the app: no ref of its own, a phone and a name a spreadsheet would run as formulas.
            var input = await Builders.ValidProspectAsync(db, "=HYPERLINK(\"x\") Léger, père & fils");
            (input.OwnerId, input.PersonaId, input.Company) = (ownerId, personaId, "Léger; Fils");
            var created = await scope.ServiceProvider.GetRequiredService<ProspectService>().CreateAsync(input, null);
            typedId = created.Id!.Value;
            var logged = await scope.ServiceProvider.GetRequiredService<ActivityService>().LogAsync(typedId, Builders.Dm(source, "-20 % si elle revient\nlundi"), null);
            var prospect = await db.Prospects.AsNoTracking().SingleAsync(p => p.Id == typedId);
            var won = await db.Stages.SingleAsync(s => s.Outcome == StageOutcome.Won);
            var sold = await scope.ServiceProvider.GetRequiredService<ProspectService>().ChangeStageAsync(typedId,
                new StageMoveInput { StageId = won.Id, Version = prospect.Version, SaleAmount = "1 234,50", SoldOn = "2026-11-20", SaleNote = "@site vitrine" }, null);
            Assert.All(new[] { created, logged, sold }, r => Assert.True(r.Succeeded, string.Join("; ", r.Errors)));
        }
        await using (var db = source.NewContext())
        {
            // A prospect that came from a file keeps its ref.
            var imported = await new HistoryImporter(db, source.Clock).ProspectsAsync(new StringReader("ref,name,source_channel,created_at,ring\nP-7,Marc Dubois,Referral,2025-03-30T02:30:00Z,online_only\n"), new ImportOptions());
            Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        }

        var exported = await ExportAsync(source);
        await using (var db = target.NewContext())
        {
            var importer = new HistoryImporter(db, target.Clock);
            var results = new[]
            {
                await importer.ProspectsAsync(new StringReader(exported.Prospects), new ImportOptions()),
                await importer.ActivitiesAsync(new StringReader(exported.Activities), new ImportOptions()),
                await importer.SalesAsync(new StringReader(exported.Sales), new ImportOptions()),
            };
            Assert.All(results, r => Assert.True(r.Succeeded, string.Join("; ", r.Errors)));
        }

        Assert.Equal(exported, await ExportAsync(target));
        var lines = exported.Prospects.Split('\n');
        Assert.Equal("ref,name,email,phone,handle,source_channel,created_at,ring,stage,company,owner,persona,tags,estimated_value", lines[0]);
        Assert.Equal($"#{typedId},\"'=HYPERLINK(\"\"x\"\") Léger, père & fils\",helene@boulangerie-leger.fr,'+33612345678,boulangerie.leger,Instagram,2026-11-22T10:00:00+01:00,street,Client,\"Léger; Fils\",lea@atelier.fr,Commerçant du quartier,\"boulangerie, voisin\",1200",
            lines[1]);
        Assert.StartsWith("P-7,Marc Dubois,,,,Referral,2025-03-30T04:30:00+02:00,online_only,Follower,", lines[2]);
        Assert.Equal($"#{typedId},2026-11-20T12:00:00+01:00,1234.5,'@site vitrine", exported.Sales.Split('\n')[1]);
        Assert.Contains("\"'-20 % si elle revient\nlundi\"", exported.Activities);
    }

    [Fact]
    public async Task The_prospects_export_keeps_the_filters_of_the_list()
    {
        await Builders.ProspectAsync(source, "Hélène Léger");
        await Builders.ProspectAsync(source, "Marc Dubois");

        var exported = await ExportAsync(source, new ProspectQuery { Search = "dubois" });

        var rows = exported.Prospects.TrimEnd('\n').Split('\n');
        Assert.Equal(2, rows.Length);
        Assert.Contains("Marc Dubois", rows[1]);
    }
}
