using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Data;
using SocialKpi.Demo;
using SocialKpi.Load.Scenario;
using SocialKpi.Users;

namespace SocialKpi.BrowserTests;

/// <summary>
/// The load generator (tests/SocialKpi.Load, run by scripts/load.sh) drives the app's pages
/// without a browser, so it must follow them as they change: a simulated user does a bounded
/// number of actions of every kind, with no pause, against the real app, and every write the pages
/// confirmed is in the database exactly once. One user: this checks the program, not concurrency,
/// which scripts/load.sh measures.
/// </summary>
public sealed class LoadToolTests : IAsyncLifetime
{
    private const string Member = "membre@atelier.fr";
    private readonly AppServer server = new();

    public async Task InitializeAsync()
    {
        await Workspace.OwnerAsync(server);
        await using var scope = server.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(Member, "Marc Membre", Workspace.Password, Roles.Member);
        Assert.True(created.User is not null, string.Join("; ", created.Errors));
        // The demo shares its prospects between the users there are: the member gets a board of their own.
        await new DemoSeeder(scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>(), server.Clock).SeedAsync(400, seed: 1);
    }

    [Fact]
    public async Task A_simulated_user_works_through_every_page_without_an_error_and_every_confirmed_write_is_stored_once()
    {
        var options = new LoadOptions { Users = 1, Accounts = 1, AccountEmail = Member, ThinkMin = 0, ThinkMax = 0, WarmUp = 0, SaleOneIn = 2 };
        var measurements = new Measurements(TimeSpan.Zero);
        var before = await CountsAsync();

        await Task.WhenAll(Enumerable.Range(0, options.Users).Select(async number =>
        {
            using var session = await Session.SignInAsync(new Uri(server.BaseUrl + "/"), Member, Workspace.Password, CancellationToken.None);
            await new SimulatedUser(number, session, measurements, options).RunAsync(done => done < 40, CancellationToken.None);
        }));

        Assert.True(measurements.ErrorMessages.Count == 0, string.Join("\n", measurements.ErrorMessages));
        // Each kind of write happened, so the counts below check something.
        Assert.True(measurements.ConfirmedLogs > 0, "no quick log");
        Assert.True(measurements.ConfirmedMoves > 0, "no move");
        Assert.True(measurements.ConfirmedSales > 0, "no move to client with a sale");
        var after = await CountsAsync();
        Assert.Equal(measurements.ConfirmedLogs, after.Logs - before.Logs);
        Assert.Equal(measurements.ConfirmedMoves, after.Moves - before.Moves);
        Assert.Equal(measurements.ConfirmedSales, after.Sales - before.Sales);
    }

    private async Task<(int Logs, int Moves, int Sales)> CountsAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        return (await db.Activities.CountAsync(a => a.Summary!.StartsWith("Charge ")), await db.StageChanges.CountAsync(), await db.Sales.CountAsync());
    }

    public Task DisposeAsync()
    {
        server.Dispose();
        return Task.CompletedTask;
    }
}
