using Microsoft.Playwright;
using Npgsql;

namespace SocialKpi.BrowserTests;

/// <summary>
/// Two app instances on one PostgreSQL database (the server tests.sh starts), one browser on each:
/// a card moved through the first shows on the board open on the second within 2 seconds.
/// </summary>
[Trait("Provider", "Postgres")]
public sealed class ClusterTests : IAsyncLifetime
{
    private readonly string server = Environment.GetEnvironmentVariable("SOCIALKPI_TEST_POSTGRES") ?? "";
    private string database = "";
    private AppServer first = null!;
    private AppServer second = null!;
    private IPlaywright? playwright;
    private IBrowser browser = null!;

    public async Task InitializeAsync()
    {
        Assert.False(string.IsNullOrWhiteSpace(server), "This test needs the PostgreSQL server tests.sh starts (SOCIALKPI_TEST_POSTGRES).");
        Assertions.SetDefaultExpectTimeout(15_000);
        database = $"socialkpi_browser_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE \"{database}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString();
        first = new AppServer(connectionString);
        second = new AppServer(connectionString);
        (playwright, browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright?.Dispose();
        first.Dispose();
        second.Dispose();
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    [Fact]
    public async Task A_card_moved_on_one_instance_shows_on_the_board_open_on_the_other_within_two_seconds()
    {
        var owner = await Workspace.OwnerAsync(first);
        await Workspace.ProspectAsync(first, "Pressing Central", owner.Id);
        var onFirst = await BoardAsync(first, owner.Email!);
        var onSecond = await BoardAsync(second, owner.Email!);
        await Assertions.Expect(Card(onSecond, "Abonné")).ToBeVisibleAsync();

        await Card(onFirst, "Abonné").GetByRole(AriaRole.Button, new() { Name = "Déplacer vers… Pressing Central" }).ClickAsync();
        await Assertions.Expect(onFirst.Locator(".mud-dialog :focus")).ToHaveCountAsync(1);
        await onFirst.GetByRole(AriaRole.Button, new() { Name = "Qualifié", Exact = true }).ClickAsync();
        await Assertions.Expect(Card(onFirst, "Qualifié")).ToBeVisibleAsync();

        await Assertions.Expect(Card(onSecond, "Qualifié")).ToBeVisibleAsync(new() { Timeout = 2_000 });
        await Assertions.Expect(Card(onSecond, "Abonné")).ToHaveCountAsync(0);
    }

    private static ILocator Card(IPage page, string stage) =>
        page.Locator($"[data-testid=board-column][data-stage-name='{stage}'] [data-testid=board-card]", new() { HasText = "Pressing Central" });

    private async Task<IPage> BoardAsync(AppServer instance, string email)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR", TimezoneId = "Europe/Paris", ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await Workspace.SignInAsync(page, instance, email);
        await Workspace.GoToAsync(page, instance, "/board");
        return page;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
