using System.Globalization;
using Microsoft.Playwright;

namespace SocialKpi.BrowserTests;

public sealed class ConversationTests : BrowserTest
{
    /// <summary>Presses Tab until the element with that id has the focus (date fields take several Tabs).</summary>
    private static async Task TabToAsync(IPage page, string id)
    {
        for (var presses = 0; presses < 15; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string>("document.activeElement.id") == id)
                return;
        }
        throw new InvalidOperationException($"Tab never reached #{id}.");
    }

    [Fact]
    public async Task A_dm_is_logged_with_the_keyboard_alone_and_its_follow_up_completed()
    {
        var owner = await Workspace.OwnerAsync(Server);
        var prospectId = await Workspace.ProspectAsync(Server, "Boulangerie Léger", owner.Id);
        var page = await NewPageAsync();
        await Workspace.SignInAsync(page, Server, owner.Email!);
        await page.GotoAsync($"{Server.BaseUrl}/prospects/{prospectId}");

        // The quick log has the focus as the page opens: type, Tab, type, Enter. No mouse.
        await Assertions.Expect(page.Locator("#ql-kind")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("M");
        await TabToAsync(page, "ql-direction-Outbound");
        await page.Keyboard.PressAsync("ArrowLeft");
        await TabToAsync(page, "ql-duration");
        await page.Keyboard.TypeAsync("5");
        await TabToAsync(page, "ql-summary");
        await page.Keyboard.TypeAsync("Demande un devis pour 200 croissants");
        await TabToAsync(page, "ql-next");
        await page.Keyboard.TypeAsync("Envoyer le devis");
        // A next step gets tomorrow as its date until told otherwise; Ctrl+Enter logs.
        var tomorrow = DateTime.Now.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Assertions.Expect(page.Locator("#ql-due")).ToHaveValueAsync(tomorrow);
        await page.Keyboard.PressAsync("Control+Enter");

        var first = page.Locator("[data-testid=timeline] li").First;
        await Assertions.Expect(first).ToContainTextAsync("Demande un devis pour 200 croissants");
        await Assertions.Expect(first).ToContainTextAsync("Message privé (Le prospect)");
        await Assertions.Expect(first).ToContainTextAsync("demain");
        await Assertions.Expect(page.Locator("[data-testid=quick-log] [role=status]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("quick-log"), FullPage = true });

        await page.GotoAsync($"{Server.BaseUrl}/follow-ups");
        var row = page.Locator("[data-testid=follow-ups-week] li", new() { HasText = "Envoyer le devis" });
        await Assertions.Expect(row).ToContainTextAsync("Boulangerie Léger");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("follow-ups"), FullPage = true });
        await row.GetByRole(AriaRole.Button, new() { Name = "Fait", Exact = true }).ClickAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-testid=follow-ups-week] li", new() { HasText = "Envoyer le devis" })).ToHaveCountAsync(0);
    }
}
