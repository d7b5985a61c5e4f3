using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Data;
using SocialKpi.Importing;

namespace SocialKpi.Tests.Data;

public sealed class BackupTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private readonly string directory = Path.Combine(Path.GetTempPath(), "socialkpi-backup-tests", Guid.NewGuid().ToString("N"));
    private readonly string connectionString;

    public BackupTests()
    {
        Directory.CreateDirectory(directory);
        connectionString = $"Data Source={Path.Combine(directory, "socialkpi.db")}";
    }

    private SocialKpiDbContext Open(string? connection = null)
    {
        var options = new DbContextOptionsBuilder<SocialKpiDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, connection ?? connectionString);
        return new SocialKpiDbContext(options.Options);
    }

    private async Task<int> ProspectsInAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM Prospects";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string ProspectsCsv(int count)
    {
        var csv = new StringBuilder("ref,name,source_channel,created_at\n");
        for (var i = 1; i <= count; i++)
            csv.Append($"P{i},Prospect {i},Instagram,2026-03-14\n");
        return csv.ToString();
    }

    [Fact]
    public async Task A_backup_taken_while_an_import_writes_is_sound_and_holds_the_import_whole_or_not_at_all()
    {
        await using (var db = Open())
            await WorkspaceInitializer.InitializeAsync(db);
        const int rows = 4000;

        await using var importing = Open();
        var import = Task.Run(() => new HistoryImporter(importing, new FixedClock(Now)).ProspectsAsync(new StringReader(ProspectsCsv(rows)), new ImportOptions()));
        var backups = new List<string>();
        // Back up over and over while the import runs (bounded), then once after it.
        while (!import.IsCompleted && backups.Count < 40)
            backups.Add(Backups.Backup(connectionString, Path.Combine(directory, $"backup-{backups.Count}.db")).File);
        Assert.True((await import).Written);
        backups.Add(Backups.Backup(connectionString, Path.Combine(directory, "backup-after.db")).File);

        foreach (var backup in backups)
            Assert.Contains(await ProspectsInAsync(backup), new[] { 0, rows });
        Assert.Equal(rows, await ProspectsInAsync(backups[^1]));
    }

    [Fact]
    public async Task A_backup_never_overwrites_a_file()
    {
        await using (var db = Open())
            await WorkspaceInitializer.InitializeAsync(db);
        var target = Path.Combine(directory, "backup.db");
        await File.WriteAllTextAsync(target, "an earlier backup");

        var problem = Assert.Throws<BackupProblem>(() => Backups.Backup(connectionString, target));

        Assert.StartsWith($"{target} already exists", problem.Message);
        Assert.Equal("an earlier backup", await File.ReadAllTextAsync(target));
    }

    [Fact]
    public async Task A_restore_brings_back_the_backup_and_keeps_the_replaced_database_aside()
    {
        await using (var db = Open())
        {
            await WorkspaceInitializer.InitializeAsync(db);
            await new HistoryImporter(db, new FixedClock(Now)).ProspectsAsync(new StringReader(ProspectsCsv(3)), new ImportOptions());
        }
        var backup = Backups.Backup(connectionString, Path.Combine(directory, "backup.db")).File;
        await using (var db = Open())
            await new HistoryImporter(db, new FixedClock(Now)).ProspectsAsync(new StringReader("ref,name,source_channel,created_at\nP9,Later,Instagram,2026-03-15\n"), new ImportOptions());

        var summary = Backups.Restore(connectionString, backup, Now);

        Assert.Equal(3, await ProspectsInAsync(Path.Combine(directory, "socialkpi.db")));
        Assert.Equal(Path.Combine(directory, "socialkpi.db.before-restore-20261122-090000"), summary.SetAside);
        Assert.Equal(4, await ProspectsInAsync(summary.SetAside!));
    }

    [Fact]
    public async Task A_restore_refuses_a_damaged_file_and_a_newer_schema_and_changes_nothing()
    {
        await using (var db = Open())
        {
            await WorkspaceInitializer.InitializeAsync(db);
            await new HistoryImporter(db, new FixedClock(Now)).ProspectsAsync(new StringReader(ProspectsCsv(2)), new ImportOptions());
        }
        var damaged = Path.Combine(directory, "damaged.db");
        await File.WriteAllBytesAsync(damaged, Enumerable.Range(0, 8192).Select(i => (byte)(i * 7)).ToArray());
        var newer = Backups.Backup(connectionString, Path.Combine(directory, "newer.db")).File;
        await using (var connection = new SqliteConnection($"Data Source={newer};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ('29990101000000_FromTheFuture', '99.0')""";
            await command.ExecuteNonQueryAsync();
        }

        var notADatabase = Assert.Throws<BackupProblem>(() => Backups.Restore(connectionString, damaged, Now));
        var fromTheFuture = Assert.Throws<BackupProblem>(() => Backups.Restore(connectionString, newer, Now));

        Assert.StartsWith($"{damaged} is not a readable SQLite database", notADatabase.Message);
        Assert.StartsWith($"{newer} comes from a newer SocialKpi (migration 29990101000000_FromTheFuture)", fromTheFuture.Message);
        Assert.Equal(2, await ProspectsInAsync(Path.Combine(directory, "socialkpi.db")));
        Assert.Empty(Directory.GetFiles(directory, "*.before-restore-*"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
