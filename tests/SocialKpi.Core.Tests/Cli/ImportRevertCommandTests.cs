using SocialKpi.Cli;
using static SocialKpi.Tests.Cli.CommandLineTests;

namespace SocialKpi.Tests.Cli;

/// <summary>Duplicates and reverts from the command line, on a database file.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class ImportRevertCommandTests : IDisposable
{
    private const string Header = "ref,name,email,phone,handle,source_channel,created_at,ring,stage\n";
    private readonly string directory = Path.Combine(Path.GetTempPath(), "socialkpi-revert-tests", Guid.NewGuid().ToString("N"));
    private readonly string connectionString;

    public ImportRevertCommandTests()
    {
        CliDatabase.Clock = new FixedClock(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
        Directory.CreateDirectory(directory);
        connectionString = $"Data Source={Path.Combine(directory, "cli.db")}";
    }

    private async Task<(int ExitCode, string Output, string Errors)> ImportAsync(string name, string rows, params string[] options)
    {
        var path = Path.Combine(directory, name);
        await File.WriteAllTextAsync(path, Header + rows);
        return await RunAsync(["import", "prospects", path, "--db", connectionString, .. options]);
    }

    [Fact]
    public async Task Duplicates_are_listed_filled_in_and_the_import_reverted_once()
    {
        Assert.Equal(0, (await ImportAsync("first.csv", "E1,Léa Martin,lea@atelier.fr,,,Instagram,2026-01-10,,\n")).ExitCode);

        var check = await ImportAsync("second.csv", "N1,Léa M.,LEA@atelier.fr,06 11 22 33 44,,Instagram,2026-02-01,,\nN2,Marc,,,,Facebook,2026-02-01,,\n", "--dry-run");
        Assert.Contains("duplicates, lines 2: ", check.Output);
        Assert.Contains("lea@atelier.fr (#1 Léa Martin)", check.Output);

        var import = await ImportAsync("second.csv", "N1,Léa M.,LEA@atelier.fr,06 11 22 33 44,,Instagram,2026-02-01,,\nN2,Marc,,,,Facebook,2026-02-01,,\n", "--duplicates", "fill");
        Assert.Contains("1 created, 1 existing filled in, 1 duplicate row(s) left out.", import.Output);
        Assert.Contains("socialkpi import revert 2", import.Output);

        var list = await RunAsync("import", "list", "--db", connectionString);
        Assert.StartsWith("2\t2026-11-22 10:00\tprospects\tsecond.csv\t1 created, 1 filled, 1 skipped", list.Output);

        Assert.Equal(0, (await RunAsync("import", "revert", "2", "--db", connectionString)).ExitCode);
        var again = await RunAsync("import", "revert", "2", "--db", connectionString);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("reverted / annulé", (await RunAsync("import", "list", "--db", connectionString)).Output);
        var export = Path.Combine(directory, "out.csv");
        await RunAsync("export", "prospects", export, "--db", connectionString);
        var rows = (await File.ReadAllLinesAsync(export)).Skip(1).ToList();
        Assert.Equal("E1,Léa Martin,lea@atelier.fr,,", Assert.Single(rows)[..30]);
    }

    public void Dispose()
    {
        CliDatabase.Clock = TimeProvider.System;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
