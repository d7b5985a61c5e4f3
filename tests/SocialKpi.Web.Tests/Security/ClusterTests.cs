using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SocialKpi.Users;
using SocialKpi.Web.Infrastructure;

namespace SocialKpi.Web.Tests.Security;

/// <summary>
/// Two app instances on one PostgreSQL database (the server tests.sh starts): what one instance's
/// pages publish reaches the other's through LISTEN/NOTIFY.
/// </summary>
[Trait("Provider", "Postgres")]
public sealed class ClusterTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly string server = Environment.GetEnvironmentVariable("SOCIALKPI_TEST_POSTGRES") ?? "";
    private string database = "";
    private SocialKpiFactory first = null!;
    private SocialKpiFactory second = null!;

    public async Task InitializeAsync()
    {
        Assert.False(string.IsNullOrWhiteSpace(server), "These tests need the PostgreSQL server tests.sh starts (SOCIALKPI_TEST_POSTGRES).");
        database = $"socialkpi_web_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE \"{database}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString();
        first = new SocialKpiFactory { Provider = "postgres", SharedConnectionString = connectionString };
        second = new SocialKpiFactory { Provider = "postgres", SharedConnectionString = connectionString };
        first.CreateClient().Dispose(); // starts the app, which migrates the database
        second.CreateClient().Dispose();
        await first.Services.GetRequiredService<ClusterNotifications>().Listening.WaitAsync(Patience);
        await second.Services.GetRequiredService<ClusterNotifications>().Listening.WaitAsync(Patience);
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    [Fact]
    public async Task A_card_moved_on_one_instance_is_heard_on_the_other_and_not_echoed_back()
    {
        var heard = new TaskCompletionSource<ProspectChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var heardOnFirst = new List<int>();
        second.Services.GetRequiredService<IProspectChanges>().Changed += change => heard.TrySetResult(change);
        first.Services.GetRequiredService<IProspectChanges>().Changed += change =>
        {
            lock (heardOnFirst)
                heardOnFirst.Add(change.ProspectId);
            if (change.ProspectId == 43)
                answered.TrySetResult();
        };

        first.Services.GetRequiredService<IProspectChanges>().Publish(new ProspectChange(42, FromStageId: 3, Origin: this));
        var change = await heard.Task.WaitAsync(Patience);
        // Notifications arrive in the order they were sent: once the first instance hears the
        // second's answer, its own message would have come back before it, had it not been ignored.
        second.Services.GetRequiredService<IProspectChanges>().Publish(new ProspectChange(43));
        await answered.Task.WaitAsync(Patience);

        Assert.Equal((42, 3), (change.ProspectId, change.FromStageId));
        Assert.Null(change.Origin); // the page that made it is on the other instance
        lock (heardOnFirst)
            Assert.Equal([42, 43], heardOnFirst);
    }

    [Fact]
    public async Task A_sign_out_on_one_instance_reaches_the_open_pages_of_the_other()
    {
        var heard = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        second.Services.GetRequiredService<SessionEnds>().Ended += userId => heard.TrySetResult(userId);

        first.Services.GetRequiredService<SessionEnds>().Publish("user-on-both");

        Assert.Equal("user-on-both", await heard.Task.WaitAsync(Patience));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
