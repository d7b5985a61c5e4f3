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
/// A fresh, migrated SQLite database per test, in memory: a named shared-cache database lives as
/// long as one connection to it is open, so this class keeps one open and contexts come and go.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly SqliteConnection keepAlive;
    private readonly ServiceProvider services;

    public TestDatabase(DateTimeOffset? now = null)
    {
        ConnectionString = $"Data Source=test-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        keepAlive = new SqliteConnection(ConnectionString);
        keepAlive.Open();
        Clock = new FixedClock(now ?? new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddDbContext<SocialKpiDbContext>(options => DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, ConnectionString));
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

    public string ConnectionString { get; }
    public FixedClock Clock { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase();
        await using var db = database.NewContext();
        await WorkspaceInitializer.InitializeAsync(db);
        return database;
    }

    /// <summary>A context set up as the app sets up its own (interceptors included, which tell the report cache about writes).</summary>
    public SocialKpiDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<SocialKpiDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, ConnectionString);
        return new SocialKpiDbContext(options.Options);
    }

    /// <summary>A scope with the services a test needs; dispose it to release the context.</summary>
    public AsyncServiceScope Scope() => services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await keepAlive.DisposeAsync();
    }
}

public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>Paris, so that tests see the day boundaries a French user sees.</summary>
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
}
