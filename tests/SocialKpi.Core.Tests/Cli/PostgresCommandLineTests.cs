using Microsoft.EntityFrameworkCore;
using SocialKpi.Cli;
using SocialKpi.Data;
using static SocialKpi.Tests.Cli.CommandLineTests;

namespace SocialKpi.Tests.Cli;

/// <summary>
/// The same commands on both providers give the same answers: the demo seeded with one seed on a
/// SQLite file and on PostgreSQL reports alike, through each provider's own fast paths (SQLite's
/// statement API and bulk insert; Npgsql's binary COPY both ways).
/// </summary>
[Collection(nameof(ConsoleCollection))]
[Trait("Provider", "Postgres")]
public sealed class PostgresCommandLineTests : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "socialkpi-cli-tests", Guid.NewGuid().ToString("N"));
    private string postgres = "";

    private string Sqlite => $"Data Source={Path.Combine(directory, "cli.db")}";

    public Task InitializeAsync()
    {
        Assert.True(PostgresTestServer.Configured, "These tests need the PostgreSQL server tests.sh starts (SOCIALKPI_TEST_POSTGRES).");
        CliDatabase.Clock = new FixedClock(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
        Directory.CreateDirectory(directory);
        postgres = PostgresTestServer.CreateDatabase();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        CliDatabase.Clock = TimeProvider.System;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        await PostgresTestServer.DropDatabaseAsync(postgres);
    }

    [Fact]
    public async Task The_demo_seeded_alike_on_both_providers_gives_the_same_reports()
    {
        Assert.Equal(0, (await RunAsync("seed-demo", "--prospects", "300", "--seed", "3", "--db", Sqlite)).ExitCode);
        var seeded = await RunAsync("seed-demo", "--prospects", "300", "--seed", "3", "--provider", "postgres", "--db", postgres);
        Assert.True(seeded.ExitCode == 0, seeded.Errors);

        foreach (var report in new[] { new[] { "report", "attribution" }, ["report", "attribution", "--format", "csv", "--revenue-model", "FirstTouch"], ["report", "channels"], ["report", "kpis"] })
        {
            var onSqlite = await RunAsync([.. report, "--db", Sqlite]);
            var onPostgres = await RunAsync([.. report, "--provider", "postgres", "--db", postgres]);

            Assert.True(onPostgres.ExitCode == 0, string.Join(' ', report) + ": " + onPostgres.Errors);
            Assert.Equal(onSqlite.Output, onPostgres.Output);
        }
    }

    [Fact]
    public async Task Users_and_an_import_work_on_postgres_and_its_identity_keys_go_on_after_a_bulk_write()
    {
        var added = await RunAsync("users", "add", "--email", "lea@atelier.fr", "--name", "Léa", "--password", "motdepasse42", "--role", "owner", "--provider", "postgres", "--db", postgres);
        Assert.True(added.ExitCode == 0, added.Errors);
        var file = Path.Combine(directory, "prospects.csv");
        await File.WriteAllTextAsync(file, "ref,name,source_channel,created_at,email\nP1,Camille Roux,Instagram,2026-11-02,camille@atelier.fr\nP2,Jules Petit,Porte-à-porte,2026-11-03,jules@atelier.fr\n");

        var imported = await RunAsync("import", "prospects", file, "--provider", "postgres", "--db", postgres);
        var again = await RunAsync("seed-demo", "--prospects", "20", "--provider", "postgres", "--db", postgres);
        var list = await RunAsync("users", "list", "--provider", "postgres", "--db", postgres);

        Assert.True(imported.ExitCode == 0, imported.Errors);
        Assert.True(again.ExitCode == 0, again.Errors);
        Assert.Contains("lea@atelier.fr\tLéa\towner\tactive", list.Output);
    }

    [Fact]
    public async Task Migrate_moves_a_whole_sqlite_workspace_to_postgres_with_the_same_reports_users_and_history()
    {
        Assert.Equal(0, (await RunAsync("seed-demo", "--prospects", "300", "--seed", "7", "--db", Sqlite)).ExitCode);
        Assert.Equal(0, (await RunAsync("users", "add", "--email", "lea@atelier.fr", "--name", "Léa", "--password", "motdepasse42", "--role", "owner", "--db", Sqlite)).ExitCode);
        var empty = PostgresTestServer.CreateDatabase(migrated: false);
        try
        {
            var moved = await RunAsync("migrate", "--from", Sqlite, "--to-provider", "postgres", "--to", empty);
            var again = await RunAsync("migrate", "--from", Sqlite, "--to-provider", "postgres", "--to", empty);

            Assert.True(moved.ExitCode == 0, moved.Errors);
            Assert.Contains("Activities\t", moved.Output);
            Assert.Equal(1, again.ExitCode);
            Assert.Contains("already holds data", again.Errors);
            foreach (var command in new[] { new[] { "report", "attribution" }, ["report", "channels"], ["report", "kpis"], ["users", "list"] })
            {
                var onSqlite = await RunAsync([.. command, "--db", Sqlite]);
                var onPostgres = await RunAsync([.. command, "--provider", "postgres", "--db", empty]);
                Assert.Equal(onSqlite.Output, onPostgres.Output);
            }
            // Password hashes and security stamps came along: users sign in with their passwords, and their sessions hold.
            Assert.Equal(await HistoryAsync(DatabaseProvider.Sqlite, Sqlite), await HistoryAsync(DatabaseProvider.Postgres, empty));
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(empty);
        }
    }

    /// <summary>What a workspace remembers: stage moves, activity times and audit entries, in order.</summary>
    private static async Task<string> HistoryAsync(DatabaseProvider provider, string connectionString)
    {
        var options = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<SocialKpi.Data.SocialKpiDbContext>();
        SocialKpi.Data.DatabaseSetup.Configure(options, provider, connectionString);
        await using var db = new SocialKpi.Data.SocialKpiDbContext(options.Options);
        var moves = await db.StageChanges.OrderBy(c => c.Id).Select(c => $"{c.ProspectId}:{c.ToStageId}@{c.ChangedAt:O}").ToListAsync();
        var activities = await db.Activities.OrderBy(a => a.Id).Select(a => $"{a.ProspectId}:{a.OccurredAt:O}:{a.Summary}").ToListAsync();
        var hashes = await db.Users.OrderBy(u => u.Email).Select(u => u.Email + u.PasswordHash + u.SecurityStamp).ToListAsync();
        return string.Join('\n', moves.Concat(activities).Concat(hashes));
    }
}
