namespace SocialKpi.Tests;

/// <summary>A fresh workspace with one prospect (created through the service), for tests about that prospect.</summary>
public abstract class ProspectFixture : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    protected int ProspectId { get; private set; }

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        ProspectId = await Builders.ProspectAsync(Database);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
