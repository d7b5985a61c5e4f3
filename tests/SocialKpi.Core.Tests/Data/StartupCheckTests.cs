using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Data;

namespace SocialKpi.Tests.Data;

/// <summary>What stops the app and the command line with one clear line rather than a half-working workspace.</summary>
public sealed class StartupCheckTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "socialkpi-startup-tests", Guid.NewGuid().ToString("N"));

    public StartupCheckTests() => Directory.CreateDirectory(directory);

    private static SocialKpiDbContext Open(string connectionString)
    {
        var options = new DbContextOptionsBuilder<SocialKpiDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, connectionString);
        return new SocialKpiDbContext(options.Options);
    }

    [Fact]
    public void A_configured_folder_must_exist_while_the_default_one_is_created()
    {
        var configured = $"Data Source={Path.Combine(directory, "missing", "socialkpi.db")}";

        var problem = Assert.Throws<StartupProblem>(() => DatabaseFile.Prepare(configured, mayCreateFolder: false));
        DatabaseFile.Prepare(configured, mayCreateFolder: true);

        Assert.StartsWith($"The database folder {Path.Combine(directory, "missing")} does not exist", problem.Message);
        Assert.DoesNotContain('\n', problem.Message);
        Assert.True(Directory.Exists(Path.Combine(directory, "missing")));
    }

    [Fact]
    public void A_path_through_a_file_is_named()
    {
        var file = Path.Combine(directory, "notes.txt");
        File.WriteAllText(file, "not a folder");

        var problem = Assert.Throws<StartupProblem>(() => DatabaseFile.Prepare($"Data Source={Path.Combine(file, "socialkpi.db")}", mayCreateFolder: true));

        Assert.Contains($"goes through the file {file}", problem.Message);
    }

    [Fact]
    public async Task A_database_from_a_newer_version_is_refused_before_anything_is_written()
    {
        var connectionString = $"Data Source={Path.Combine(directory, "newer.db")}";
        await using (var db = Open(connectionString))
        {
            await WorkspaceInitializer.InitializeAsync(db);
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ('29990101000000_FromTheFuture', '99.0')""");
        }

        await using var again = Open(connectionString);
        var problem = await Assert.ThrowsAsync<StartupProblem>(() => WorkspaceInitializer.InitializeAsync(again));

        Assert.StartsWith("This database was last used by a newer SocialKpi (its migration 29990101000000_FromTheFuture is unknown", problem.Message);
    }

    [Fact]
    public async Task A_read_only_database_gets_a_plain_sentence()
    {
        var path = Path.Combine(directory, "readonly.db");
        await using (var db = Open($"Data Source={path}"))
            await WorkspaceInitializer.InitializeAsync(db);
        // Opened read-only the way a file without write permission opens (permissions do not stop root, who runs CI).
        var readOnly = $"Data Source={path};Mode=ReadOnly";

        await using var again = Open(readOnly);
        var failure = await Assert.ThrowsAsync<SqliteException>(() => WorkspaceInitializer.InitializeAsync(again));

        Assert.StartsWith($"The database {path} is read-only", DatabaseFile.Explain(failure, readOnly)!.Message);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
