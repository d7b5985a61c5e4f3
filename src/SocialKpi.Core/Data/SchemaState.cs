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
    /// <summary>The ids of this build's migrations, as EF writes them in its history table.</summary>
    public static IReadOnlySet<string> KnownMigrations { get; } = typeof(SocialKpiDbContext).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(SocialKpiDbContext))
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
        .OfType<string>()
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The id of the newest migration in this build.</summary>
    public static string LatestMigration { get; } = KnownMigrations.Max(StringComparer.Ordinal)!;

    public static bool IsCurrent(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            return false;
        command.CommandText = """SELECT max("MigrationId") FROM "__EFMigrationsHistory" """;
        return command.ExecuteScalar() is string newest && string.Equals(newest, LatestMigration, StringComparison.Ordinal);
    }
}
