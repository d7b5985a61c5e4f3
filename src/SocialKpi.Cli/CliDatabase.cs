using System.CommandLine;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SocialKpi.Data;
using SocialKpi.Users;

namespace SocialKpi.Cli;

/// <summary>The --db and --provider options every verb takes, and the services built from them.</summary>
internal static class CliDatabase
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "Connection string (default: the web app's SQLite file, or ConnectionStrings__SocialKpi).",
    };

    public static readonly Option<string> Provider = new("--provider")
    {
        Description = "Database provider: sqlite or postgres.",
        DefaultValueFactory = _ => "sqlite",
    };

    /// <summary>
    /// The commands' clock: the machine's. Tests set another one, so that "today" (future dates,
    /// the demo's history, a restore's file name) does not depend on when they run.
    /// </summary>
    internal static TimeProvider Clock { get; set; } = TimeProvider.System;

    public static void AddOptionsTo(Command command)
    {
        command.Options.Add(Db);
        command.Options.Add(Provider);
    }

    public static ServiceProvider BuildServices(ParseResult parseResult)
    {
        var provider = DatabaseSetup.ParseProvider(parseResult.GetValue(Provider));
        var connectionString = ConnectionString(parseResult);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<SocialKpiDbContext>(options => DatabaseSetup.Configure(options, provider, connectionString));
        services.AddSingleton(Clock);
        services.AddSingleton(new Auditing.AuditRetention());
        services.AddScoped<Auditing.AuditTrail>();
        services.AddSocialKpiUserManagement();
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// The connection string to use, its SQLite folder checked: the default folder may be created,
    /// a database named with --db (or the environment) must be in a folder that exists.
    /// </summary>
    public static string ConnectionString(ParseResult parseResult)
    {
        var given = parseResult.GetValue(Db) ?? Environment.GetEnvironmentVariable("ConnectionStrings__" + DatabaseSetup.ConnectionStringName);
        var connectionString = string.IsNullOrWhiteSpace(given) ? DefaultConnectionString() : given;
        if (DatabaseSetup.ParseProvider(parseResult.GetValue(Provider)) == DatabaseProvider.Sqlite)
            DatabaseFile.Prepare(connectionString, mayCreateFolder: string.IsNullOrWhiteSpace(given));
        return connectionString;
    }

    /// <summary>
    /// The same file the web app opens without configuration: <c>data/socialkpi.db</c> in the web app's
    /// folder. From a clone's root that folder is <c>src/SocialKpi.Web</c>; in a published
    /// install the command runs beside the web app.
    /// </summary>
    private static string DefaultConnectionString()
    {
        var webProject = Path.Combine(Directory.GetCurrentDirectory(), "src", "SocialKpi.Web");
        return DatabaseSetup.DefaultSqliteConnectionString(Directory.Exists(webProject) ? webProject : Directory.GetCurrentDirectory());
    }

    public static async Task<int> RunAsync(ParseResult parseResult, Func<IServiceProvider, Task<int>> action)
    {
        using var origin = Auditing.RequestOrigin.Use(Auditing.RequestOrigin.CommandLine);
        try
        {
            await using var services = BuildServices(parseResult);
            await using var scope = services.CreateAsyncScope();
            await InitializeAsync(scope.ServiceProvider);
            return await action(scope.ServiceProvider);
        }
        catch (Exception e) when (IsUserFacing(e))
        {
            await Console.Error.WriteLineAsync(Explain(e, parseResult));
            return 1;
        }
    }

    /// <summary>
    /// For read-only verbs: an open connection to a database at the current schema. EF (its model,
    /// its migrator) is only started when the database is new or behind, which saves most of a
    /// second on every run of a report.
    /// </summary>
    public static async Task<int> RunReadOnlyAsync(ParseResult parseResult, Func<DbConnection, Task<int>> action)
    {
        try
        {
            var connectionString = ConnectionString(parseResult);
            var postgres = DatabaseSetup.ParseProvider(parseResult.GetValue(Provider)) == DatabaseProvider.Postgres;
            await using DbConnection connection = postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
            await connection.OpenAsync();
            if (connection is SqliteConnection sqlite)
                DatabaseSetup.ApplySqlitePragmas(sqlite);
            if (!SchemaState.IsCurrent(connection))
            {
                await using var services = BuildServices(parseResult);
                await using var scope = services.CreateAsyncScope();
                await InitializeAsync(scope.ServiceProvider);
            }
            return await action(connection);
        }
        catch (Exception e) when (IsUserFacing(e))
        {
            await Console.Error.WriteLineAsync(Explain(e, parseResult));
            return 1;
        }
    }

    private static Task InitializeAsync(IServiceProvider services)
    {
        // Same language rule as the web app, so that whichever creates the database names it alike.
        var language = Environment.GetEnvironmentVariable("SocialKpi__Language") ?? "fr";
        return WorkspaceInitializer.InitializeAsync(services.GetRequiredService<SocialKpiDbContext>(), language);
    }

    private static bool IsUserFacing(Exception e) =>
        e is ArgumentException or NotSupportedException or DbUpdateException or DbException or StartupProblem;

    private static string Explain(Exception e, ParseResult parseResult) =>
        e is SqliteException sqlite && DatabaseFile.Explain(sqlite, parseResult.GetValue(Db) ?? "") is { } problem ? problem.Message : e.Message;
}
