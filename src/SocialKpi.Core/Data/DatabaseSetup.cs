using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SocialKpi.Data;

/// <summary>How the web app, the command line and the tests all open the same database.</summary>
public static class DatabaseSetup
{
    public const string ConnectionStringName = "SocialKpi";

    /// <summary>The default SQLite file: <c>data/socialkpi.db</c> under the given application folder.</summary>
    public static string DefaultSqliteConnectionString(string appDirectory) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(appDirectory, "data", "socialkpi.db") }.ToString();

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString, sqlite => sqlite
                    .MigrationsAssembly(typeof(SocialKpiDbContext).Assembly.FullName)
                    // A list in a query (ids.Contains(p.Id)) goes as one JSON parameter, as before EF 10:
                    // EF 10's default of one parameter per value fails past SQLite's 32,766 variables,
                    // and imports and reverts pass lists of 100,000 e-mails or ids.
                    .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
                options.AddInterceptors(SqlitePragmas.Instance);
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString, npgsql => npgsql
                    .MigrationsAssembly(PostgresMigrationsAssembly)
                    .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }

        options.AddInterceptors(JournalSaveChangesInterceptor.Instance, JournalCommandInterceptor.Instance, JournalTransactionInterceptor.Instance);

        // Whether the model has changes no migration holds is checked by SchemaTests, where it fails
        // a build, rather than by an exception at start-up on a user's machine.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>
    /// PostgreSQL's migrations are in their own assembly, which the web app and the command line
    /// reference (Core cannot: that assembly references Core for the model).
    /// </summary>
    public const string PostgresMigrationsAssembly = "SocialKpi.Data.Postgres";

    public static DatabaseProvider ParseProvider(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        _ => throw new ArgumentException($"Unknown database provider '{value}': use sqlite or postgres. / Fournisseur inconnu '{value}' : sqlite ou postgres."),
    };

    /// <summary>
    /// WAL lets readers work while one writer writes; the busy timeout makes a second writer wait
    /// instead of failing at once. A 32 MB page cache and memory-mapped reads keep the board's
    /// aggregate indexes in memory (the default 2 MB cache is smaller than they are at 100,000
    /// prospects). All are per connection, so they are set on every open, by EF's interceptor or by
    /// code that opens a connection itself.
    /// </summary>
    /// <remarks>
    /// <c>secure_delete</c> overwrites with zeros what a delete or an update frees, so that an
    /// erased person's data (GDPR) does not linger in free space; it costs little on a CRM's writes.
    /// </remarks>
    public static void ApplySqlitePragmas(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32000; PRAGMA mmap_size = 268435456; PRAGMA secure_delete = ON;";
        command.ExecuteNonQuery();
    }

    private sealed class SqlitePragmas : DbConnectionInterceptor
    {
        public static readonly SqlitePragmas Instance = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => ApplySqlitePragmas(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            ApplySqlitePragmas(connection);
            return Task.CompletedTask;
        }
    }
}
