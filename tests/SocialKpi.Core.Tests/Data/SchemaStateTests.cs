using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SocialKpi.Data;

namespace SocialKpi.Tests.Data;

/// <summary>SchemaState is the SQLite read-only commands' quick check (PostgreSQL's go through EF's migrator).</summary>
public sealed class SchemaStateTests
{
    [Fact]
    public async Task The_latest_migration_is_the_one_EF_applies_last()
    {
        await using var database = new TestDatabase(sqliteOnly: true);
        await using var db = database.NewContext();

        Assert.Equal(db.Database.GetMigrations().Last(), SchemaState.LatestMigration);
    }

    [Fact]
    public async Task A_database_is_current_only_once_every_migration_is_applied()
    {
        await using var database = new TestDatabase(sqliteOnly: true);
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        Assert.False(SchemaState.IsCurrent(connection)); // empty: no history table

        await using var db = database.NewContext();
        var previous = db.Database.GetMigrations().SkipLast(1).Last();
        await db.GetService<IMigrator>().MigrateAsync(previous);
        Assert.False(SchemaState.IsCurrent(connection)); // one behind

        await db.Database.MigrateAsync();
        Assert.True(SchemaState.IsCurrent(connection));
    }
}

/// <summary>The same check on PostgreSQL, against the migrations of SocialKpi.Data.Postgres.</summary>
[Trait("Provider", "Postgres")]
public sealed class PostgresSchemaStateTests
{
    [Fact]
    public async Task A_postgres_database_is_current_once_migrated_and_not_before()
    {
        Assert.True(PostgresTestServer.Configured, "This test needs the PostgreSQL server tests.sh starts (SOCIALKPI_TEST_POSTGRES).");
        var empty = PostgresTestServer.CreateDatabase(migrated: false);
        try
        {
            await using (var connection = new Npgsql.NpgsqlConnection(empty))
            {
                await connection.OpenAsync();
                Assert.False(SchemaState.IsCurrent(connection));
            }
            var options = new DbContextOptionsBuilder<SocialKpiDbContext>();
            DatabaseSetup.Configure(options, DatabaseProvider.Postgres, empty);
            await using (var db = new SocialKpiDbContext(options.Options))
                await db.Database.MigrateAsync();
            await using (var connection = new Npgsql.NpgsqlConnection(empty))
            {
                await connection.OpenAsync();
                Assert.True(SchemaState.IsCurrent(connection));
            }
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(empty);
        }
    }
}
