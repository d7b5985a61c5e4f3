using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialKpi.Data;

/// <summary>
/// Whether a database already has every migration, told without EF: building EF's model and
/// migrator costs most of a second in a fresh process, which a read-only command such as
/// <c>socialkpi report attribution</c> should not pay when there is nothing to migrate.
/// </summary>
public static class SchemaState
{
    /// <summary>The ids of this build's SQLite migrations, as EF writes them in its history table.</summary>
    public static IReadOnlySet<string> KnownMigrations { get; } = MigrationsIn(typeof(SocialKpiDbContext).Assembly);

    /// <summary>The id of the newest SQLite migration in this build.</summary>
    public static string LatestMigration { get; } = KnownMigrations.Max(StringComparer.Ordinal)!;

    // PostgreSQL's migrations are in an assembly Core cannot reference (it references Core).
    private static readonly Lazy<string> LatestPostgresMigration = new(() =>
        MigrationsIn(Assembly.Load(DatabaseSetup.PostgresMigrationsAssembly)).Max(StringComparer.Ordinal)!);

    public static bool IsCurrent(DbConnection connection)
    {
        var (historyExists, latest) = connection is SqliteConnection
            ? ("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'", LatestMigration)
            : ("""SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = '__EFMigrationsHistory'""", LatestPostgresMigration.Value);
        using var command = connection.CreateCommand();
        command.CommandText = historyExists;
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            return false;
        command.CommandText = """SELECT max("MigrationId") FROM "__EFMigrationsHistory" """;
        return command.ExecuteScalar() is string newest && string.Equals(newest, latest, StringComparison.Ordinal);
    }

    private static HashSet<string> MigrationsIn(Assembly assembly) => assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(SocialKpiDbContext))
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
        .OfType<string>()
        .ToHashSet(StringComparer.Ordinal);
}
