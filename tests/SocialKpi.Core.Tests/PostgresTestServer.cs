using Microsoft.EntityFrameworkCore;
using Npgsql;
using SocialKpi.Data;

namespace SocialKpi.Tests;

/// <summary>
/// The PostgreSQL server tests.sh starts on loopback, named by SOCIALKPI_TEST_POSTGRES. Each test
/// gets a database copied from a template migrated once per run (copying takes tens of
/// milliseconds; migrating, seconds), and drops it when done.
/// </summary>
internal static class PostgresTestServer
{
    private const string Template = "socialkpi_test_template";

    private static readonly string? Server = Environment.GetEnvironmentVariable("SOCIALKPI_TEST_POSTGRES");
    private static readonly Lazy<string> TemplateReady = new(MigrateTemplate);

    public static bool Configured => !string.IsNullOrWhiteSpace(Server);

    /// <param name="migrated">False for an empty database, as a new server gives.</param>
    public static string CreateDatabase(bool migrated = true)
    {
        var name = $"socialkpi_test_{Guid.NewGuid():N}";
        Execute(migrated ? $"CREATE DATABASE \"{name}\" TEMPLATE \"{TemplateReady.Value}\"" : $"CREATE DATABASE \"{name}\"");
        return For(name);
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        // The pool keeps connections to the database open; the drop needs them closed.
        await using (var connection = new NpgsqlConnection(connectionString))
            NpgsqlConnection.ClearPool(connection);
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static string MigrateTemplate()
    {
        Execute($"DROP DATABASE IF EXISTS \"{Template}\" WITH (FORCE)");
        Execute($"CREATE DATABASE \"{Template}\"");
        var options = new DbContextOptionsBuilder<SocialKpiDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Postgres, For(Template));
        using (var db = new SocialKpiDbContext(options.Options))
            db.Database.Migrate();
        // A template must have no connection open while it is copied.
        using (var connection = new NpgsqlConnection(For(Template)))
            NpgsqlConnection.ClearPool(connection);
        return Template;
    }

    private static string For(string database) => new NpgsqlConnectionStringBuilder(Server) { Database = database }.ToString();

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(For("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
