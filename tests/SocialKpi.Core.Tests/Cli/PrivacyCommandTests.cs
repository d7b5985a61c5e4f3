using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Cli;
using SocialKpi.Data;
using SocialKpi.Privacy;
using static SocialKpi.Tests.Cli.CommandLineTests;

namespace SocialKpi.Tests.Cli;

/// <summary>A person's rights from the command line, on a database file: what is exported, and what erasure leaves.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class PrivacyCommandTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "socialkpi-privacy-tests", Guid.NewGuid().ToString("N"));
    private readonly string file;
    private readonly string connectionString;

    public PrivacyCommandTests()
    {
        CliDatabase.Clock = new FixedClock(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
        Directory.CreateDirectory(directory);
        file = Path.Combine(directory, "cli.db");
        connectionString = $"Data Source={file}";
    }

    /// <summary>Words that only Ermengarde's data holds, as they would be stored (names also lower case, without accents).</summary>
    private static readonly string[] Traces = ["rglub", "RGLUB", "rmengarde", "699887766", "Carte remise"];

    private async Task<string> ImportAsync(string verb, string csv)
    {
        var path = Path.Combine(directory, verb + ".csv");
        await File.WriteAllTextAsync(path, csv);
        var (exitCode, output, errors) = await RunAsync("import", verb, path, "--db", connectionString);
        Assert.True(exitCode == 0, errors);
        return output;
    }

    private async Task<string[]> ReportsAsync() =>
    [
        (await RunAsync("report", "attribution", "--from", "2025-01-01", "--to", "2026-11-23", "--db", connectionString)).Output,
        (await RunAsync("report", "channels", "--from", "2025-01-01", "--to", "2026-11-23", "--db", connectionString)).Output,
        (await RunAsync("report", "kpis", "--db", connectionString)).Output,
    ];

    private List<string> TracesInFiles()
    {
        var found = new List<string>();
        foreach (var path in Directory.GetFiles(directory, "cli.db*"))
        {
            var bytes = File.ReadAllBytes(path);
            found.AddRange(Traces.Where(trace => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(trace)) >= 0).Select(trace => $"{Path.GetFileName(path)}: {trace}"));
        }
        return found;
    }

    [Fact]
    public async Task Export_gives_everything_held_and_erase_leaves_the_reports_equal_and_no_trace_in_the_files()
    {
        await RunAsync("seed-demo", "--prospects", "400", "--seed", "9", "--db", connectionString);
        await ImportAsync("prospects", "ref,name,email,phone,handle,source_channel,created_at,company,tags\nZ-1,Ermengarde Zorglubova,ermengarde@zorglub.example,06 99 88 77 66,zorglub_shop,Instagram,2026-03-14,Zorglub SARL,zorglubtag\n");
        await ImportAsync("activities", "prospect_ref,occurred_at,channel,kind,direction,duration_minutes,summary\nZ-1,2026-04-02T10:00:00Z,Instagram,dm,inbound,5,Zorglub demande un devis\n");
        await ImportAsync("sales", "prospect_ref,sold_at,amount,note\nZ-1,2026-05-01,1500,Facture Zorglub\n");
        await using (var db = Open())
        {
            var id = await db.Prospects.Where(p => p.ExternalRef == "Z-1").Select(p => p.Id).SingleAsync();
            db.Consents.Add(new Consent { ProspectId = id, Purpose = ConsentPurpose.Email, Basis = ConsentBasis.Consent, Evidence = "Carte remise au salon Zorglub", GivenOn = new DateOnly(2026, 3, 14), RecordedAt = new DateTime(2026, 3, 14, 10, 0, 0, DateTimeKind.Utc) });
            await db.Prospects.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Notes, "Ermengarde aime les zorglubs"));
            await db.SaveChangesAsync();
        }
        var before = await ReportsAsync();

        var (exported, json, exportErrors) = await RunAsync("privacy", "export", "--prospect", "Z-1", "--db", connectionString);
        var (erased, erasedOutput, erasedErrors) = await RunAsync("privacy", "erase", "--prospect", "Z-1", "--db", connectionString);
        var after = await ReportsAsync();
        SqliteConnection.ClearAllPools();

        Assert.True(exported == 0, exportErrors);
        Assert.True(erased == 0, erasedErrors);
        foreach (var held in new[] { "Ermengarde Zorglubova", "ermengarde@zorglub.example", "+33699887766", "zorglub_shop", "zorglubtag", "Zorglub SARL", "Zorglub demande un devis", "Facture Zorglub", "Carte remise au salon Zorglub", "Ermengarde aime les zorglubs", "1500" })
            Assert.Contains(held, json);
        Assert.StartsWith("Erased 1 prospect(s)", erasedOutput);
        Assert.Equal(before, after);
        Assert.Empty(TracesInFiles());
        await using var check = Open();
        var kept = await check.Prospects.SingleAsync(p => p.Name.StartsWith("Prospect effacé #") || p.Name.StartsWith("Erased prospect #"));
        Assert.Equal((1, 1), (await check.Activities.CountAsync(a => a.ProspectId == kept.Id), await check.Sales.CountAsync(s => s.ProspectId == kept.Id && s.Amount == 1500)));
    }

    [Fact]
    public async Task An_unknown_prospect_is_refused_and_nothing_is_erased()
    {
        await ImportAsync("prospects", "ref,name,source_channel,created_at\nP1,Léa,Instagram,2026-03-14\n");

        var (exitCode, _, errors) = await RunAsync("privacy", "erase", "--prospect", "P1", "--prospect", "#999", "--db", connectionString);

        Assert.Equal(1, exitCode);
        Assert.Contains("No prospect has the id or ref #999", errors);
        await using var db = Open();
        Assert.Equal("Léa", await db.Prospects.Select(p => p.Name).SingleAsync());
    }

    private SocialKpiDbContext Open()
    {
        var options = new DbContextOptionsBuilder<SocialKpiDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, connectionString);
        return new SocialKpiDbContext(options.Options);
    }

    public void Dispose()
    {
        CliDatabase.Clock = TimeProvider.System;
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
