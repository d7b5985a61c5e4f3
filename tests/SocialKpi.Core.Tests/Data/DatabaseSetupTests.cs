using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Data;

namespace SocialKpi.Tests.Data;

public sealed class DatabaseSetupTests
{
    [Fact]
    public async Task A_file_database_runs_in_wal_mode_with_a_busy_timeout()
    {
        var directory = Path.Combine(Path.GetTempPath(), "socialkpi-tests", Guid.NewGuid().ToString("N"));
        var connectionString = DatabaseSetup.DefaultSqliteConnectionString(directory);
        try
        {
            DatabaseFile.Prepare(connectionString, mayCreateFolder: true);
            var options = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<SocialKpiDbContext>();
            DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, connectionString);
            await using var db = new SocialKpiDbContext(options.Options);
            await WorkspaceInitializer.InitializeAsync(db);

            var connection = (SqliteConnection)Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database);
            await connection.OpenAsync();
            Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
            Assert.Equal("5000", await ScalarAsync(connection, "PRAGMA busy_timeout"));
            Assert.True(File.Exists(Path.Combine(directory, "data", "socialkpi.db")));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_query_takes_a_list_longer_than_SQLite_s_limit_on_variables()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        var ids = Enumerable.Range(1, 40_000).ToList();

        // An import's duplicate check and a revert pass lists this long; EF 10 would bind 40,000 variables.
        Assert.Equal(14, await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Channels, c => ids.Contains(c.Id)));
    }

    [Fact]
    public async Task A_new_workspace_gets_the_channel_catalogue_the_default_pipeline_and_the_roles()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();

        Assert.Equal(14, db.Channels.Count());
        Assert.Equal(["Follower", "Engaged", "Conversation", "Qualified", "Proposal", "Client", "Lost"], db.Stages.OrderBy(s => s.Position).Select(s => s.Name).ToList());
        Assert.Single(db.Stages.Where(s => s.Outcome == SocialKpi.Pipeline.StageOutcome.Won));
        Assert.Single(db.Stages.Where(s => s.Outcome == SocialKpi.Pipeline.StageOutcome.Lost));
        Assert.Equal(["member", "owner", "viewer"], db.Roles.Select(r => r.Name!).OrderBy(n => n).ToList());
    }

    [Fact]
    public async Task A_French_workspace_names_its_catalogue_in_French()
    {
        await using var database = new TestDatabase();
        await using var db = database.NewContext();

        await WorkspaceInitializer.InitializeAsync(db, "fr");

        Assert.Equal(["Abonné", "Engagé", "Conversation", "Qualifié", "Proposition", "Client", "Perdu"], db.Stages.OrderBy(s => s.Position).Select(s => s.Name).ToList());
        Assert.Contains(db.Channels, c => c.Name == "Porte-à-porte" && c.Kind == SocialKpi.Channels.ChannelKind.Local);
    }

    [Fact]
    public async Task Initializing_twice_adds_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.NewContext())
            await WorkspaceInitializer.InitializeAsync(db);

        await using var check = database.NewContext();
        Assert.Equal(14, check.Channels.Count());
        Assert.Equal(7, check.Stages.Count());
        Assert.Equal(3, check.Roles.Count());
    }

    [Fact]
    public void Each_provider_reads_its_own_migrations()
    {
        static IEnumerable<string> MigrationsOf(DatabaseProvider provider, string connectionString)
        {
            var options = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<SocialKpiDbContext>();
            DatabaseSetup.Configure(options, provider, connectionString);
            using var db = new SocialKpiDbContext(options.Options);
            return db.Database.GetMigrations().ToList();
        }

        var sqlite = MigrationsOf(DatabaseProvider.Sqlite, "Data Source=:memory:");
        var postgres = MigrationsOf(DatabaseProvider.Postgres, "Host=localhost;Database=none");

        Assert.Contains(sqlite, m => m.EndsWith("_AuditLog", StringComparison.Ordinal));
        Assert.EndsWith("_Initial", postgres.First());
        Assert.DoesNotContain(postgres, sqlite.Contains);
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
