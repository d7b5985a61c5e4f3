using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Data;
using SocialKpi.Demo;

namespace SocialKpi.Benchmarks;

/// <summary>
/// The demo workspace in a SQLite file of its own, with the services a benchmark asks for, seeded
/// once in its global setup and deleted in its clean-up.
/// </summary>
internal sealed class DemoDatabase : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("socialkpi-bench-").FullName;

    /// <param name="addServices">The services under test, beside the context, the clock and logging.</param>
    public DemoDatabase(int prospects, Action<IServiceCollection> addServices)
    {
        var connectionString = $"Data Source={Path.Combine(directory, "demo.db")}";
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddDbContext<SocialKpiDbContext>(options => DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, connectionString));
        collection.AddSingleton(TimeProvider.System);
        addServices(collection);
        Services = collection.BuildServiceProvider();

        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        WorkspaceInitializer.InitializeAsync(db).GetAwaiter().GetResult();
        new DemoSeeder(db, TimeProvider.System).SeedAsync(prospects, 1).GetAwaiter().GetResult();
    }

    public ServiceProvider Services { get; }

    public void Dispose()
    {
        Services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
