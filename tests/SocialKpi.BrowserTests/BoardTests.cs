using Microsoft.Playwright;

namespace SocialKpi.BrowserTests;

public sealed class BoardTests : BrowserTest
{
    private static ILocator Column(IPage page, string stage) => page.Locator($"[data-testid=board-column][data-stage-name='{stage}']");

    [Fact]
    public async Task A_card_dragged_to_another_column_updates_both_headers_and_stays_there()
    {
        var owner = await Workspace.OwnerAsync(Server);
        await Workspace.ProspectAsync(Server, "Boulangerie Léger", owner.Id);
        await Workspace.ProspectAsync(Server, "Coiffure Marie", owner.Id);
        var page = await NewPageAsync(1600);
        await Workspace.SignInAsync(page, Server, owner.Email!);
        await page.GotoAsync($"{Server.BaseUrl}/board");
        await Assertions.Expect(Column(page, "Abonné").Locator("[data-testid=column-count]")).ToHaveTextAsync("2");
        await Assertions.Expect(Column(page, "Engagé").Locator("[data-testid=column-count]")).ToHaveTextAsync("0");

        var card = Column(page, "Abonné").Locator(".board-card", new() { HasText = "Boulangerie Léger" });
        await card.DragToAsync(Column(page, "Engagé").Locator(".board-cards"));

        await Assertions.Expect(Column(page, "Engagé").Locator("[data-testid=column-count]")).ToHaveTextAsync("1");
        await Assertions.Expect(Column(page, "Abonné").Locator("[data-testid=column-count]")).ToHaveTextAsync("1");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("board"), FullPage = true });
        await page.ReloadAsync();
        await Assertions.Expect(Column(page, "Engagé").Locator(".board-card", new() { HasText = "Boulangerie Léger" })).ToBeVisibleAsync();
        await Assertions.Expect(Column(page, "Abonné").Locator(".board-card", new() { HasText = "Boulangerie Léger" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_card_moves_with_the_keyboard_alone()
    {
        var owner = await Workspace.OwnerAsync(Server);
        await Workspace.ProspectAsync(Server, "Pressing Central", owner.Id);
        var page = await NewPageAsync(1600);
        await Workspace.SignInAsync(page, Server, owner.Email!);
        await page.GotoAsync($"{Server.BaseUrl}/board");

        var card = Column(page, "Abonné").Locator(".board-card", new() { HasText = "Pressing Central" });
        await card.GetByRole(AriaRole.Link, new() { Name = "Déplacer…" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(card.Locator("select")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Q");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Column(page, "Qualifié").Locator(".board-card", new() { HasText = "Pressing Central" })).ToBeVisibleAsync();
        await Assertions.Expect(Column(page, "Qualifié").Locator("[data-testid=column-count]")).ToHaveTextAsync("1");
    }
}
