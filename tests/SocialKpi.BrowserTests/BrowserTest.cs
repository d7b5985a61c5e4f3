using Microsoft.Playwright;

namespace SocialKpi.BrowserTests;

/// <summary>A test with its own app server (empty database) and a headless Chromium.</summary>
public abstract class BrowserTest : IAsyncLifetime
{
    private IPlaywright? playwright;

    protected AppServer Server { get; } = new();

    protected IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // A circuit's first render on a busy CI machine can take longer than Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(15_000);
        (playwright, Browser) = await Chromium.LaunchAsync();
    }

    /// <summary>A French-speaking visitor's page, on a screen wide enough for the board.</summary>
    protected async Task<IPage> NewPageAsync(int width = 1280) =>
        await (await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR", TimezoneId = "Europe/Paris", ViewportSize = new() { Width = width, Height = 900 } })).NewPageAsync();

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        Server.Dispose();
    }
}
