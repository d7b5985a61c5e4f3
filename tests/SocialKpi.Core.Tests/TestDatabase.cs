using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Activities;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Pipeline;
using SocialKpi.Privacy;
using SocialKpi.Prospects;
using SocialKpi.Sales;
using SocialKpi.Timeline;
using SocialKpi.Users;

namespace SocialKpi.Tests;

/// <summary>
/// A fresh, migrated database per test. On SQLite (the default), in memory: a named shared-cache
/// database lives as long as one connection to it is open, so this class keeps one open and
/// contexts come and go. When tests.sh names a PostgreSQL server (SOCIALKPI_TEST_POSTGRES), a
/// database of its own on that server, copied from a migrated template (<see cref="PostgresTestServer"/>).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly SqliteConnection? keepAlive;
    private readonly ServiceProvider services;

    /// <param name="sqliteOnly">For what exists on SQLite alone (its report cache, its schema check).</param>
    public TestDatabase(DateTimeOffset? now = null, bool sqliteOnly = false)
    {
        if (PostgresTestServer.Configured && !sqliteOnly)
        {
            Provider = DatabaseProvider.Postgres;
            ConnectionString = PostgresTestServer.CreateDatabase();
        }
        else
        {
            ConnectionString = $"Data Source=test-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
            keepAlive = new SqliteConnection(ConnectionString);
            keepAlive.Open();
        }
        Clock = new FixedClock(now ?? new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddDbContext<SocialKpiDbContext>(options => DatabaseSetup.Configure(options, Provider, ConnectionString));
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddSocialKpiUserManagement();
        collection.AddValidatorsFrom(typeof(ProspectService).Assembly);
        collection.AddScoped<ProspectService>();
        collection.AddScoped<ProspectSearch>();
        collection.AddScoped<DuplicateFinder>();
        collection.AddScoped<SaleService>();
        collection.AddScoped<ConsentService>();
        collection.AddScoped<ActivityService>();
        collection.AddScoped<TimelineQuery>();
        collection.AddScoped<FollowUps>();
        collection.AddScoped<StageSettings>();
        collection.AddScoped<BoardQuery>();
        collection.AddScoped<SocialKpi.Kpis.Funnel>();
        collection.AddScoped<SocialKpi.Attribution.AttributionSettings>();
        collection.AddScoped<SocialKpi.Channels.ChannelService>();
        collection.AddScoped<LossReasons>();
        collection.AddScoped<SocialKpi.Social.SocialAccounts>();
        collection.AddScoped<SocialKpi.TimeSpent.TimeEntries>();
        collection.AddScoped<SocialKpi.TimeSpent.HourlyRate>();
        collection.AddScoped<SocialKpi.Personas.PersonaService>();
        collection.AddScoped<SocialKpi.Objectives.ObjectiveService>();
        collection.AddScoped<SocialKpi.Kpis.KpiFigures>();
        collection.AddScoped<SocialKpi.Kpis.KpiBoard>();
        collection.AddScoped<LocalRound>();
        collection.AddSingleton(new SocialKpi.Auditing.AuditRetention());
        collection.AddScoped<SocialKpi.Auditing.AuditTrail>();
        services = collection.BuildServiceProvider();
    }

    public DatabaseProvider Provider { get; } = DatabaseProvider.Sqlite;
    public string ConnectionString { get; }
    public FixedClock Clock { get; }

    public static async Task<TestDatabase> CreateAsync(bool sqliteOnly = false)
    {
        var database = new TestDatabase(sqliteOnly: sqliteOnly);
        await using var db = database.NewContext();
        await WorkspaceInitializer.InitializeAsync(db);
        return database;
    }

    /// <summary>A context set up as the app sets up its own (interceptors included, which tell the report cache about writes).</summary>
    public SocialKpiDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<SocialKpiDbContext>();
        DatabaseSetup.Configure(options, Provider, ConnectionString);
        return new SocialKpiDbContext(options.Options);
    }

    /// <summary>A connection of the test's own, opened, for code that reads without EF.</summary>
    public async Task<System.Data.Common.DbConnection> OpenConnectionAsync()
    {
        System.Data.Common.DbConnection connection = Provider == DatabaseProvider.Postgres
            ? new Npgsql.NpgsqlConnection(ConnectionString)
            : new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A scope with the services a test needs; dispose it to release the context.</summary>
    public AsyncServiceScope Scope() => services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        if (keepAlive is not null)
            await keepAlive.DisposeAsync();
        else
            await PostgresTestServer.DropDatabaseAsync(ConnectionString);
    }
}

public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>Paris, so that tests see the day boundaries a French user sees.</summary>
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
}
