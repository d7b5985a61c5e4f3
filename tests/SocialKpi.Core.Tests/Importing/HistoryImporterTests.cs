using Microsoft.EntityFrameworkCore;
using SocialKpi.Importing;

namespace SocialKpi.Tests.Importing;

public sealed class HistoryImporterTests : IAsyncLifetime
{
    private const string ProspectHeader = "ref,name,email,phone,handle,source_channel,created_at,ring,stage\n";
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task<ImportResult> ImportAsync(Func<HistoryImporter, TextReader, Task<ImportResult>> import, string csv)
    {
        await using var db = database.NewContext();
        return await import(new HistoryImporter(db, database.Clock), new StringReader(csv));
    }

    private Task<ImportResult> ProspectsAsync(string rows, ImportOptions? options = null) =>
        ImportAsync((importer, reader) => importer.ProspectsAsync(reader, options ?? new ImportOptions()), ProspectHeader + rows);

    private async Task<int> CountAsync<T>() where T : class
    {
        await using var db = database.NewContext();
        return await db.Set<T>().CountAsync();
    }

    [Fact]
    public async Task Prospects_activities_and_sales_come_in_with_their_history()
    {
        var prospects = await ProspectsAsync("""
            P1,"Boulangerie Léger, SARL",contact@leger.fr,06 12 34 56 78,@leger,instagram,2026-03-14T09:30:00+01:00,street,Engaged
            P2,Marc Dubois,,,,Referral,2026-04-01,,
            """);
        var activities = await ImportAsync((i, r) => i.ActivitiesAsync(r, new ImportOptions()),
            "prospect_ref,occurred_at,channel,kind,direction,duration_minutes,summary\nP1,2026-04-02T10:00:00Z,Phone,call,outbound,12,\"Called, \"\"liked\"\" it\"\nP1,2026-04-10T10:00:00Z,,note,,,\n");
        var sales = await ImportAsync((i, r) => i.SalesAsync(r, new ImportOptions()), "prospect_ref,sold_at,amount,note\nP1,2026-05-01,1500.50,Website\n");

        Assert.True(prospects.Succeeded && activities.Succeeded && sales.Succeeded, string.Join("; ", prospects.Errors.Concat(activities.Errors).Concat(sales.Errors)));
        await using var db = database.NewContext();
        var leger = await db.Prospects.Include(p => p.Handles).Include(p => p.Stage).SingleAsync(p => p.ExternalRef == "P1");
        Assert.Equal(("Boulangerie Léger, SARL", "+33612345678", "leger"), (leger.Name, leger.Phone, leger.Handles.Single().Handle));
        Assert.Equal(new DateTime(2026, 3, 14, 8, 30, 0, DateTimeKind.Utc), leger.CreatedAt);
        Assert.Equal("Client", leger.Stage!.Name);
        Assert.Equal(new DateTime(2026, 4, 10, 10, 0, 0, DateTimeKind.Utc), leger.LastActivityAt);
        Assert.Equal("Called, \"liked\" it", (await db.Activities.OrderBy(a => a.Id).FirstAsync()).Summary);
        Assert.Equal(1500.50m, (await db.Sales.SingleAsync()).Amount);
        Assert.Equal(["Engaged", "Client"], await db.StageChanges.Where(c => c.ProspectId == leger.Id).OrderBy(c => c.ChangedAt).Select(c => db.Stages.First(s => s.Id == c.ToStageId).Name).ToListAsync());
        Assert.Equal("Follower", (await db.Prospects.Include(p => p.Stage).SingleAsync(p => p.ExternalRef == "P2")).Stage!.Name);
    }

    [Fact]
    public async Task An_import_reports_each_step_and_its_rows_as_they_go_by()
    {
        // 250 rows with a handle and a tag each: 250 prospects, 250 entries into the pipeline,
        // 250 handles and 250 tags to write.
        var rows = string.Concat(Enumerable.Range(1, 250).Select(i => $"P{i},Prospect {i},,,@p{i},Instagram,2026-03-14,,\n"));
        var reports = new RecordedProgress();

        var result = await ProspectsAsync(rows, new ImportOptions { Tag = "salon", Progress = reports });

        Assert.True(result.Written);
        Assert.Equal([ImportStep.Reading, ImportStep.Checking, ImportStep.Writing, ImportStep.Saving], reports.Seen.Select(r => r.Step).Distinct());
        // Steps come in order, and within a step the count only grows, up to its total.
        Assert.Equal(reports.Seen.Select(r => r.Step).Order(), reports.Seen.Select(r => r.Step));
        foreach (var step in reports.Seen.GroupBy(r => r.Step))
            Assert.Equal(step.Select(r => r.Done).Order(), step.Select(r => r.Done));
        Assert.Equal(new ImportProgress(ImportStep.Checking, 250, 250), reports.Seen.Last(r => r.Step == ImportStep.Checking));
        Assert.Equal(new ImportProgress(ImportStep.Writing, 1000, 1000), reports.Seen.Last(r => r.Step == ImportStep.Writing));
        // At most one report per percent: a big file does not flood the page with renders.
        Assert.InRange(reports.Seen.Count(r => r.Step == ImportStep.Writing), 50, 101);
        Assert.False(reports.Seen.Single(r => r.Step == ImportStep.Saving).Counted);
    }

    [Fact]
    public async Task A_dry_run_reports_reading_and_checking_only()
    {
        var reports = new RecordedProgress();

        await ImportAsync((i, r) => i.ActivitiesAsync(r, new ImportOptions { DryRun = true, Progress = reports }), "prospect_ref,occurred_at,kind\nP9,2026-04-02,call\n");

        Assert.Equal([ImportStep.Reading, ImportStep.Checking], reports.Seen.Select(r => r.Step).Distinct());
        Assert.Equal(new ImportProgress(ImportStep.Checking, 1, 1), reports.Seen[^1]);
    }

    /// <summary>Keeps every report, on the importer's own thread (Progress&lt;T&gt; would post them elsewhere).</summary>
    private sealed class RecordedProgress : IProgress<ImportProgress>
    {
        public List<ImportProgress> Seen { get; } = [];

        public void Report(ImportProgress value) => Seen.Add(value);
    }

    [Fact]
    public async Task A_file_with_bad_rows_writes_nothing_and_lists_every_bad_cell()
    {
        using var _ = new CultureScope("en-GB");

        var result = await ProspectsAsync("""
            P1,Good Row,,,,Instagram,2026-03-14,,
            P2,Bad Time,,,,Instagram,14/03/2026,,
            P3,Bad Channel,,,,Carrier pigeon,2026-03-14,,
            P1,Duplicate Ref,,,,Instagram,2026-03-14,,
            ,No Ref,not-an-email,,,Instagram,2026-03-14,moon,Nowhere
            """);

        Assert.False(result.Written);
        Assert.Equal(0, await CountAsync<SocialKpi.Prospects.Prospect>());
        var errors = result.Errors.Select(e => (e.Line, e.Column)).ToList();
        Assert.Equal([(3, "created_at"), (4, "source_channel"), (5, "ref"), (6, "ref"), (6, "email"), (6, "ring"), (6, "stage")], errors);
        Assert.StartsWith("Write the time in ISO 8601", result.Errors[0].Message);
        Assert.StartsWith("Unknown channel; known ones: Door-to-door, E-mail, Facebook, Instagram", result.Errors[1].Message);
        Assert.Equal("The ref P1 appears twice in the file.", result.Errors[2].Message);
    }

    [Fact]
    public async Task Unknown_channels_are_created_when_asked()
    {
        var result = await ProspectsAsync("P1,Pigeon Fan,,,,Carrier pigeon,2026-03-14,,\n", new ImportOptions { CreateChannels = true });

        Assert.True(result.Written);
        await using var db = database.NewContext();
        Assert.Equal("Carrier pigeon", (await db.Prospects.Include(p => p.SourceChannel).SingleAsync()).SourceChannel!.Name);
    }

    [Fact]
    public async Task A_dry_run_checks_and_writes_nothing()
    {
        var result = await ProspectsAsync("P1,Just Checking,,,,Instagram,2026-03-14,,\n", new ImportOptions { DryRun = true });

        Assert.True(result.Succeeded);
        Assert.False(result.Written);
        Assert.Equal(0, await CountAsync<SocialKpi.Prospects.Prospect>());
    }

    [Fact]
    public async Task A_ref_already_imported_is_refused()
    {
        await ProspectsAsync("P1,First,,,,Instagram,2026-03-14,,\n");

        var again = await ProspectsAsync("P1,Second,,,,Instagram,2026-03-14,,\n");

        Assert.Equal("ref", Assert.Single(again.Errors).Column);
        Assert.Equal(1, await CountAsync<SocialKpi.Prospects.Prospect>());
    }

    [Fact]
    public async Task A_sale_or_activity_for_an_unknown_prospect_writes_nothing()
    {
        using var _ = new CultureScope("fr-FR");
        await ProspectsAsync("P1,Known,,,,Instagram,2026-03-14,,\n");

        var sales = await ImportAsync((i, r) => i.SalesAsync(r, new ImportOptions()), "prospect_ref,sold_at,amount,note\nP1,2026-05-01,100,\nP9,2026-05-01,100,\nP1,2026-05-02,-5,\n");
        var activities = await ImportAsync((i, r) => i.ActivitiesAsync(r, new ImportOptions()), "prospect_ref,occurred_at,channel,kind,direction,duration_minutes,summary\nP1,2026-04-02,Instagram,telepathy,inbound,5,\n");

        Assert.Equal([(3, "prospect_ref"), (4, "amount")], sales.Errors.Select(e => (e.Line, e.Column)));
        Assert.Equal("Aucun prospect n'a la référence P9 : importez d'abord les prospects.", sales.Errors[0].Message);
        Assert.Equal("kind", Assert.Single(activities.Errors).Column);
        Assert.Equal(0, await CountAsync<SocialKpi.Sales.Sale>());
        Assert.Equal(0, await CountAsync<SocialKpi.Activities.Activity>());
    }

    [Fact]
    public async Task A_header_without_the_required_columns_is_refused()
    {
        var result = await ImportAsync((i, r) => i.SalesAsync(r, new ImportOptions()), "who,when\nP1,2026-05-01\n");

        Assert.Equal(1, Assert.Single(result.Errors).Line);
    }
}
