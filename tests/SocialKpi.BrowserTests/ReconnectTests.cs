using Microsoft.Playwright;

namespace SocialKpi.BrowserTests;

public sealed class ReconnectTests : BrowserTest
{
    [Fact]
    public async Task When_the_server_goes_away_the_page_says_so_in_the_user_s_language()
    {
        var owner = await Workspace.OwnerAsync(Server);
        var page = await NewPageAsync();
        await Workspace.SignInAsync(page, Server, owner.Email!);
        var banner = page.Locator("[data-testid=reconnect-banner]");
        await Assertions.Expect(banner).ToBeHiddenAsync();

        Server.Dispose();

        await Assertions.Expect(banner).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(banner).ToContainTextAsync("Connexion perdue");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("reconnecting") });
    }
}
