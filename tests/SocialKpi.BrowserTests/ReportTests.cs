using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SocialKpi.Data;
using SocialKpi.Demo;

namespace SocialKpi.BrowserTests;

public sealed class ReportTests : BrowserTest
{
    [Fact]
    public async Task On_the_demo_workspace_the_attribution_report_switches_models()
    {
        var owner = await Workspace.OwnerAsync(Server);
        await using (var scope = Server.Services.CreateAsyncScope())
            await new DemoSeeder(scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>(), TimeProvider.System).SeedAsync(800, seed: 3);
        var page = await NewPageAsync(1400);
        await Workspace.SignInAsync(page, Server, owner.Email!);

        await page.GotoAsync($"{Server.BaseUrl}/reports/attribution");
        await Assertions.Expect(page.Locator("[data-testid=attribution-table] tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=highlight-most-revenue]")).ToContainTextAsync("Rapporte le plus (Markov)");
        await page.GetByLabel("Modèle du graphique").SelectOptionAsync(new SelectOptionValue { Label = "Premier contact" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("model=FirstTouch"));
        await Assertions.Expect(page.Locator("[data-testid=attribution-chart] figcaption")).ToContainTextAsync("Premier contact");
        await Assertions.Expect(page.Locator("[data-testid=highlight-most-revenue]")).ToContainTextAsync("Rapporte le plus (Premier contact)");
        await Assertions.Expect(page.Locator("[data-testid=attribution-table] thead th.table-primary")).ToContainTextAsync("Premier contact");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("attribution-report"), FullPage = true });
    }
}
