using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SocialKpi.Data;

namespace SocialKpi.Tests.Data;

public sealed class SchemaStateTests
{
    [Fact]
    public async Task The_latest_migration_is_the_one_EF_applies_last()
    {
        await using var database = new TestDatabase();
        await using var db = database.NewContext();

        Assert.Equal(db.Database.GetMigrations().Last(), SchemaState.LatestMigration);
    }

    [Fact]
    public async Task A_database_is_current_only_once_every_migration_is_applied()
    {
        await using var database = new TestDatabase();
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
