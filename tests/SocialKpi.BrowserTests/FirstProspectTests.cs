using Microsoft.Playwright;

namespace SocialKpi.BrowserTests;

public sealed class FirstProspectTests : BrowserTest
{
    [Fact]
    public async Task A_new_user_creates_the_owner_signs_in_creates_a_prospect_and_finds_it_in_the_list()
    {
        var page = await NewPageAsync();

        await page.GotoAsync(Server.BaseUrl);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/setup$"));
        await page.GetByLabel("Votre nom").FillAsync("Amélie Poulain");
        await page.GetByLabel("E-mail").FillAsync("amelie@cafe.fr");
        await page.Locator("#password").FillAsync("motdepasse42");
        await page.GetByLabel("Mot de passe (confirmation)").FillAsync("motdepasse42");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le compte propriétaire" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tableau de bord" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
        await page.GetByLabel("E-mail").FillAsync("amelie@cafe.fr");
        await page.Locator("#password").FillAsync("motdepasse42");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tableau de bord" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Prospects", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouveau prospect" }).ClickAsync();
        await page.Locator("#name").FillAsync("Boulangerie Léger");
        await page.GetByLabel("E-mail").FillAsync("contact@boulangerie-leger.fr");
        await page.GetByLabel("Canal d'origine").SelectOptionAsync(new SelectOptionValue { Label = "Porte-à-porte" });
        await page.GetByLabel("Valeur estimée (€)").FillAsync("1 500");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Boulangerie Léger" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Prospects", Exact = true }).ClickAsync();
        await page.GetByLabel("Rechercher").FillAsync("leger");
        // htmx swaps the results in place and puts the search in the address bar.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("q=leger"));
        var row = page.Locator("[data-testid=prospect-table] tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.First).ToContainTextAsync("Boulangerie Léger");
        await Assertions.Expect(row.First).ToContainTextAsync("1 500 €");

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("prospect-list"), FullPage = true });
    }
}
