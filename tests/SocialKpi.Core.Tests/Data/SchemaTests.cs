using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Data;

namespace SocialKpi.Tests.Data;

/// <summary>
/// The first migrations were written by hand and later ones are generated from a model snapshot:
/// these tests keep both honest. The database the migrations build must have exactly the schema EF
/// derives from the model, and the snapshot must be up to date with the model.
/// </summary>
public sealed class SchemaTests
{
    [Fact]
    public async Task Migrated_schema_equals_the_model_schema()
    {
        var migrated = await DescribeAsync(db => db.Database.MigrateAsync());
        var fromModel = await DescribeAsync(db => db.Database.EnsureCreatedAsync());

        Assert.Equal(fromModel, migrated);
    }

    /// <summary>Each provider has its migrations and its snapshot: a model change needs a migration for both.</summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.Postgres, "Host=localhost;Database=none")]
    public void The_model_snapshot_is_up_to_date_so_a_new_migration_holds_only_new_changes(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<SocialKpiDbContext>();
        DatabaseSetup.Configure(options, provider, connectionString);
        using var db = new SocialKpiDbContext(options.Options);

        Assert.False(db.Database.HasPendingModelChanges());
    }

    private static async Task<string> DescribeAsync(Func<SocialKpiDbContext, Task> create)
    {
        var connectionString = $"Data Source=schema-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        await using var keepAlive = new SqliteConnection(connectionString);
        await keepAlive.OpenAsync();
        var options = new DbContextOptionsBuilder<SocialKpiDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, connectionString);
        await using (var db = new SocialKpiDbContext(options.Options))
            await create(db);

        // EF's own bookkeeping tables (__EFMigrationsHistory, __EFMigrationsLock) exist only after Migrate().
        var lines = new List<string>();
        var tables = await QueryAsync(keepAlive, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 4) <> '__EF' ORDER BY name");
        foreach (var table in tables)
        {
            var name = table[0];
            lines.Add($"table {name} autoincrement={table[1].Contains("AUTOINCREMENT", StringComparison.Ordinal)}");
            foreach (var column in await QueryAsync(keepAlive, $"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{name}') ORDER BY name"))
                lines.Add($"  column {string.Join(' ', column)}");
            foreach (var fk in await QueryAsync(keepAlive, $"SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list('{name}') ORDER BY \"from\""))
                lines.Add($"  fk {string.Join(' ', fk)}");
            foreach (var index in await QueryAsync(keepAlive, $"SELECT name, \"unique\" FROM pragma_index_list('{name}') WHERE origin = 'c' ORDER BY name"))
            {
                var columns = await QueryAsync(keepAlive, $"SELECT name FROM pragma_index_info('{index[0]}') ORDER BY seqno");
                lines.Add($"  index {index[0]} unique={index[1]} ({string.Join(',', columns.Select(c => c[0]))})");
            }
        }
        return string.Join('\n', lines);
    }

    private static async Task<List<string[]>> QueryAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : reader.GetValue(i).ToString()!).ToArray());
        return rows;
    }
}
