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

    /// <summary>What the browser refused under the app's Content-Security-Policy, on any page of the test.</summary>
    private readonly List<string> policyViolations = [];

    /// <summary>A visitor's page, French-speaking unless told, on a screen wide enough for the board unless told.</summary>
    protected async Task<IPage> NewPageAsync(int width = 1280, string locale = "fr-FR", int height = 900)
    {
        var page = await (await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale, TimezoneId = "Europe/Paris", ViewportSize = new() { Width = width, Height = height } })).NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                lock (policyViolations)
                    policyViolations.Add(message.Text);
        };
        return page;
    }

    public async Task DisposeAsync()
    {
        // Every browser test doubles as a check that the pages work under the app's CSP.
        Assert.True(policyViolations.Count == 0, string.Join("\n", policyViolations));
        await Browser.DisposeAsync();
        playwright?.Dispose();
        Server.Dispose();
    }
}
