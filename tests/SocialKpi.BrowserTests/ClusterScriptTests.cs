using System.Diagnostics;
using Microsoft.Playwright;

namespace SocialKpi.BrowserTests;

/// <summary>
/// The deployment example itself: scripts/run-cluster.sh starts PostgreSQL, two app instances and
/// nginx on loopback; one browser goes through nginx to each instance, one moves a card, the other
/// sees it. Runs in tests.sh's PostgreSQL pass (it needs Debian's postgresql and nginx).
/// </summary>
[Trait("Provider", "Postgres")]
public sealed class ClusterScriptTests : IAsyncLifetime
{
    private static readonly string Root = FindRoot();
    private readonly string directory = Path.Combine(Path.GetTempPath(), "socialkpi-cluster", Guid.NewGuid().ToString("N"));
    private Dictionary<string, string> cluster = [];
    private IPlaywright? playwright;
    private IBrowser browser = null!;

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(15_000);
        var started = await RunAsync("bash", "scripts/run-cluster.sh", "start", directory, "5400");
        cluster = started.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2)).Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1]);
        (playwright, browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright?.Dispose();
        await RunAsync("bash", "scripts/run-cluster.sh", "stop", directory);
    }

    [Fact]
    public async Task Through_nginx_a_card_moved_on_one_instance_shows_on_the_other_within_two_seconds()
    {
        var cli = Path.Combine("src", "SocialKpi.Cli", "bin", "Debug", "net10.0", "socialkpi.dll");
        await RunAsync("dotnet", cli, "users", "add", "--email", "lea@atelier.fr", "--password", Workspace.Password, "--role", "owner", "--provider", "postgres", "--db", cluster["POSTGRES"]);
        var file = Path.Combine(directory, "prospects.csv");
        await File.WriteAllTextAsync(file, "ref,name,source_channel,created_at\nP1,Pressing Central,Instagram,2026-11-02\n");
        await RunAsync("dotnet", cli, "import", "prospects", file, "--provider", "postgres", "--db", cluster["POSTGRES"]);

        var onFirst = await BoardAsync(cluster["INSTANCE1"]);
        var onSecond = await BoardAsync(cluster["INSTANCE2"]);
        await Assertions.Expect(Card(onSecond, "Abonné")).ToBeVisibleAsync();

        await Card(onFirst, "Abonné").GetByRole(AriaRole.Button, new() { Name = "Déplacer vers… Pressing Central" }).ClickAsync();
        await Assertions.Expect(onFirst.Locator(".mud-dialog :focus")).ToHaveCountAsync(1);
        await onFirst.GetByRole(AriaRole.Button, new() { Name = "Qualifié", Exact = true }).ClickAsync();
        await Assertions.Expect(Card(onFirst, "Qualifié")).ToBeVisibleAsync();

        await Assertions.Expect(Card(onSecond, "Qualifié")).ToBeVisibleAsync(new() { Timeout = 2_000 });
    }

    private static ILocator Card(IPage page, string stage) =>
        page.Locator($"[data-testid=board-column][data-stage-name='{stage}'] [data-testid=board-card]", new() { HasText = "Pressing Central" });

    private async Task<IPage> BoardAsync(string door)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR", TimezoneId = "Europe/Paris", ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(door + "/account/signin");
        await page.Locator("#email").FillAsync("lea@atelier.fr");
        await page.Locator("#password").FillAsync(Workspace.Password);
        await page.Locator("#password").PressAsync("Enter");
        await page.WaitForURLAsync(door + "/");
        await page.GotoAsync(door + "/board");
        await Workspace.WaitForCircuitAsync(page);
        return page;
    }

    /// <summary>Runs a command from the repository's root, bounded in time; its output, or a failure that shows it.</summary>
    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(limit.Token);
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)}: {await errors}{await output}");
        return await output;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "tests.sh")))
                return folder.FullName;
        }
        throw new InvalidOperationException("The repository's root (with tests.sh) was not found above " + AppContext.BaseDirectory);
    }
}
