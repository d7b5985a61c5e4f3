using Microsoft.EntityFrameworkCore;
using SocialKpi.Activities;
using SocialKpi.Auditing;
using SocialKpi.Importing;

namespace SocialKpi.Tests.Importing;

/// <summary>Reverting an import: what it created goes, what it filled is emptied, unless someone worked on its prospects since.</summary>
public sealed class PastImportsTests : IAsyncLifetime
{
    private const string ProspectHeader = "ref,name,email,phone,handle,source_channel,created_at,ring,stage\n";
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task<ImportResult> ImportAsync(Func<HistoryImporter, TextReader, Task<ImportResult>> import, string csv)
    {
        await using var db = database.NewContext();
        var result = await import(new HistoryImporter(db, database.Clock), new StringReader(csv));
        Assert.True(result.Written, string.Join("; ", result.Errors));
        return result;
    }

    private Task<ImportResult> ProspectsAsync(string rows, ImportOptions? options = null) =>
        ImportAsync((importer, reader) => importer.ProspectsAsync(reader, options ?? new ImportOptions()), ProspectHeader + rows);

    private async Task<ImportRevertResult> RevertAsync(int? batch)
    {
        await using var db = database.NewContext();
        return await new PastImports(db, database.Clock).RevertAsync(batch!.Value, actorId: null);
    }

    private void Later() => database.Clock.Now = database.Clock.Now.AddMinutes(5);

    [Fact]
    public async Task A_revert_removes_what_was_created_and_empties_what_was_filled()
    {
        await ProspectsAsync("E1,Léa Martin,lea@atelier.fr,,,Instagram,2026-01-10,,\n");
        Later();
        var import = await ProspectsAsync("N1,Léa M.,lea@atelier.fr,06 11 22 33 44,@leam,Instagram,2026-02-01,,\nN2,Marc Dubois,,,,Referral,2026-02-01,,\n",
            new ImportOptions { Duplicates = DuplicateChoice.Fill, Tag = "salon", FileName = "salon.csv" });
        Later();

        var revert = await RevertAsync(import.BatchId);

        Assert.True(revert.Reverted, revert.Error);
        await using var db = database.NewContext();
        var lea = await db.Prospects.Include(p => p.Handles).Include(p => p.Tags).SingleAsync();
        Assert.Equal(("E1", null, 0, 0), (lea.ExternalRef, lea.Phone, lea.Handles.Count, lea.Tags.Count));
        Assert.False(await db.StageChanges.AnyAsync(c => c.ProspectId != lea.Id));
        var line = Assert.Single(await new PastImports(db, database.Clock).ListAsync(), l => l.Id == import.BatchId);
        Assert.Equal(("salon", "salon.csv", 1, 1, 1, database.Clock.Now.UtcDateTime), (line.Name, line.FileName, line.Created, line.Filled, line.Skipped, line.RevertedAt));
        Assert.Equal(
            [(AuditAction.Imported, "prospects: salon.csv, 2 row(s)"), (AuditAction.ImportReverted, "prospects: salon, 1 created, 1 filled")],
            (await db.AuditEntries.OrderBy(e => e.Id).ToListAsync()).Skip(1).Select(e => (e.Action, e.Detail)));
    }

    [Fact]
    public async Task Work_logged_since_holds_the_revert_back_and_names_the_prospect()
    {
        using var _ = new CultureScope("en-GB");
        var import = await ProspectsAsync("N1,Léa Martin,,,,Instagram,2026-02-01,,\nN2,Marc Dubois,,,,Referral,2026-02-01,,\n");
        Later();
        await using (var db = database.NewContext())
        {
            var marc = await db.Prospects.SingleAsync(p => p.ExternalRef == "N2");
            db.Activities.Add(new Activity { ProspectId = marc.Id, Kind = ActivityKind.Call, OccurredAt = database.Clock.Now.UtcDateTime, Summary = "Called back", CreatedAt = database.Clock.Now.UtcDateTime, UpdatedAt = database.Clock.Now.UtcDateTime });
            await db.SaveChangesAsync();
        }

        var revert = await RevertAsync(import.BatchId);

        Assert.False(revert.Reverted);
        Assert.Equal(["Marc Dubois"], revert.ChangedSince.Select(p => p.Name));
        Assert.Contains("Marc Dubois", revert.Error);
        Assert.Contains("Nothing was changed", revert.Error);
        await using var check = database.NewContext();
        Assert.Equal(2, await check.Prospects.CountAsync());
        Assert.Null((await check.ImportBatches.SingleAsync()).RevertedAt);
    }

    [Fact]
    public async Task An_edit_since_also_holds_it_back_and_an_import_is_reverted_once()
    {
        using var _ = new CultureScope("fr-FR");
        var import = await ProspectsAsync("N1,Léa Martin,,,,Instagram,2026-02-01,,\n");
        Later();
        await using (var db = database.NewContext())
            await db.Prospects.ExecuteUpdateAsync(s => s.SetProperty(p => p.Company, "Atelier").SetProperty(p => p.UpdatedAt, database.Clock.Now.UtcDateTime));

        var held = await RevertAsync(import.BatchId);
        Assert.Contains("Rien n'a été modifié", held.Error);

        await using (var db = database.NewContext())
            await db.Prospects.ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedAt, new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.True((await RevertAsync(import.BatchId)).Reverted);
        Assert.Equal("Cet import a déjà été annulé.", (await RevertAsync(import.BatchId)).Error);
    }

    [Fact]
    public async Task Reverting_activities_and_sales_puts_the_last_contact_and_the_stage_back()
    {
        await ProspectsAsync("P1,Léa Martin,,,,Instagram,2026-01-10T10:00:00Z,,Engaged\n");
        Later();
        var activities = await ImportAsync((i, r) => i.ActivitiesAsync(r, new ImportOptions()), "prospect_ref,occurred_at,channel,kind,direction,duration_minutes,summary\nP1,2026-03-01T10:00:00Z,Phone,call,outbound,12,Called\n");
        Later();
        var sales = await ImportAsync((i, r) => i.SalesAsync(r, new ImportOptions()), "prospect_ref,sold_at,amount,note\nP1,2026-04-01T10:00:00Z,900,Website\n");
        Later();

        Assert.True((await RevertAsync(sales.BatchId)).Reverted);
        await using (var db = database.NewContext())
        {
            var lea = await db.Prospects.Include(p => p.Stage).SingleAsync();
            Assert.Equal(("Engaged", new DateTime(2026, 1, 10, 10, 0, 0, DateTimeKind.Utc)), (lea.Stage!.Name, lea.StageChangedAt));
            Assert.False(await db.Sales.AnyAsync());
            Assert.Equal(1, await db.StageChanges.CountAsync());
        }
        Assert.True((await RevertAsync(activities.BatchId)).Reverted);
        await using (var db = database.NewContext())
        {
            Assert.Equal(new DateTime(2026, 1, 10, 10, 0, 0, DateTimeKind.Utc), (await db.Prospects.SingleAsync()).LastActivityAt);
            Assert.False(await db.Activities.AnyAsync());
        }
    }

    [Fact]
    public async Task A_later_import_on_the_same_prospects_holds_the_earlier_one_back()
    {
        var prospects = await ProspectsAsync("P1,Léa Martin,,,,Instagram,2026-01-10,,\n");
        Later();
        await ImportAsync((i, r) => i.ActivitiesAsync(r, new ImportOptions()), "prospect_ref,occurred_at,channel,kind,direction,duration_minutes,summary\nP1,2026-03-01T10:00:00Z,Phone,call,outbound,12,Called\n");

        var revert = await RevertAsync(prospects.BatchId);

        Assert.Equal(["Léa Martin"], revert.ChangedSince.Select(p => p.Name));
    }

    [Fact]
    public async Task A_LinkedIn_import_is_reverted_and_can_come_in_again()
    {
        const string connections = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nLéa,Martin,https://www.linkedin.com/in/lea-martin,,,,06 Nov 2024\n";
        NetworkImportResult first;
        await using (var db = database.NewContext())
            first = await new NetworkImporter(db, database.Clock).LinkedInAsync(connections, new ImportOptions { FileName = "Connections.csv" });
        Later();

        Assert.True((await RevertAsync(first.BatchId)).Reverted);

        await using var again = database.NewContext();
        Assert.False(await again.Prospects.AnyAsync());
        Assert.Equal(1, (await new NetworkImporter(again, database.Clock).LinkedInAsync(connections)).Added);
    }
}
