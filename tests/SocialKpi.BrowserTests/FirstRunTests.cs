using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SocialKpi.BrowserTests;

public sealed class FirstRunTests : BrowserTest
{
    [Fact]
    public async Task A_new_user_creates_the_owner_then_a_prospect_and_finds_it_by_typing()
    {
        var page = await NewPageAsync();

        await page.GotoAsync(Server.BaseUrl);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/setup$"));
        await page.GetByLabel("Votre nom").FillAsync("Amélie Poulain");
        await page.GetByLabel("E-mail").FillAsync("amelie@cafe.fr");
        await page.Locator("#password").FillAsync("motdepasse42");
        await page.GetByLabel("Mot de passe (confirmation)").FillAsync("motdepasse42");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le compte propriétaire" }).ClickAsync();
        await Workspace.WaitForCircuitAsync(page);
        // An empty workspace says what to do first.
        await Assertions.Expect(page.Locator("[data-testid=first-steps]")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Nouveau prospect" }).ClickAsync();
        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync("Boulangerie Léger");
        await page.GetByLabel("E-mail").FillAsync("contact@boulangerie-leger.fr");
        await page.Locator("#source").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Porte-à-porte" }).ClickAsync();
        await page.GetByLabel("Valeur estimée (€)").FillAsync("1 500");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Boulangerie Léger" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Prospects", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=result-count]")).ToContainTextAsync("1 prospect");
        await page.Locator("#q").PressSequentiallyAsync("leger");
        // Search as you type: once the user pauses the list follows, and the address keeps the
        // search for a shared link. MudBlazor's debounce runs on the app's clock, which the test
        // moves on; the last keys may reach the server after a move, so it moves on until then.
        await PauseUntilAsync(() => Assertions.Expect(page).ToHaveURLAsync(new Regex("q=leger"), new() { Timeout = 500 }));
        var rows = page.Locator("[data-testid=prospect-grid] tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("Boulangerie Léger");
        await Assertions.Expect(rows.First).ToContainTextAsync("1 500 €");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("prospect-list"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/signin"));

        // A wrong password is said in the theme's error red, although the account pages are static
        // and have no MudBlazor theme to take it from.
        await page.GetByLabel("E-mail").FillAsync("amelie@cafe.fr");
        await page.Locator("#password").FillAsync("pas-le-bon");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        var problem = page.Locator("[data-testid=form-errors]");
        await Assertions.Expect(problem).ToHaveTextAsync("E-mail ou mot de passe incorrect.");
        await Assertions.Expect(problem).ToHaveCSSAsync("color", "rgb(198, 40, 40)");
    }

    private async Task PauseUntilAsync(Func<Task> expectation)
    {
        for (var attempt = 1; ; attempt++)
        {
            Server.Clock.Advance(TimeSpan.FromSeconds(1));
            try
            {
                await expectation();
                return;
            }
            catch (PlaywrightException) when (attempt < 20)
            {
            }
        }
    }
}
