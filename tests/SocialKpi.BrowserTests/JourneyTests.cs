using Microsoft.Playwright;

namespace SocialKpi.BrowserTests;

/// <summary>The product's promise in one path: a conversation, a sale, and the report that counts it.</summary>
public sealed class JourneyTests : BrowserTest
{
    private static ILocator Column(IPage page, string stage) => page.Locator($"[data-testid=board-column][data-stage-name='{stage}']");

    /// <summary>A dialog takes the focus once it is ready for the keyboard; until then a key may go elsewhere.</summary>
    private static Task DialogReadyAsync(IPage page) =>
        Assertions.Expect(page.Locator(".mud-dialog :focus")).ToHaveCountAsync(1);

    /// <summary>Presses Tab until the element with that id has the focus.</summary>
    private static async Task TabToAsync(IPage page, string id)
    {
        for (var presses = 0; presses < 20; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string>("document.activeElement.id") == id)
                return;
        }
        throw new InvalidOperationException($"Tab never reached #{id}.");
    }

    [Fact]
    public async Task A_conversation_logged_by_keyboard_then_a_drop_on_won_with_its_sale_shows_in_the_report()
    {
        var owner = await Workspace.OwnerAsync(Server);
        var prospectId = await Workspace.ProspectAsync(Server, "Boulangerie Léger", owner.Id);
        var page = await NewPageAsync(1366);
        await Workspace.SignInAsync(page, Server, owner.Email!);

        // The quick log has the focus on arrival: type, Tab, type, Ctrl+Enter. No mouse.
        await Workspace.GoToAsync(page, Server, $"/prospects/{prospectId}");
        await TabToAsync(page, "ql-summary");
        await page.Keyboard.TypeAsync("Demande un devis pour 200 croissants");
        await TabToAsync(page, "ql-next");
        await page.Keyboard.TypeAsync("Envoyer le devis");
        await Assertions.Expect(page.Locator("#ql-due")).ToHaveValueAsync("2026-11-23");
        await page.Keyboard.PressAsync("Control+Enter");
        var first = page.Locator("[data-testid=timeline] li").First;
        await Assertions.Expect(first).ToContainTextAsync("Demande un devis pour 200 croissants");
        await Assertions.Expect(first).ToContainTextAsync("demain");
        // The form starts again for the next entry, the field Ctrl+Enter was pressed in included,
        // and the focus goes back to its first field.
        await Assertions.Expect(page.Locator("#ql-next")).ToHaveValueAsync("");
        await Assertions.Expect(page.Locator("#ql-summary")).ToHaveValueAsync("");
        await Assertions.Expect(page.Locator("[data-testid=activity-kind]:focus-within")).ToHaveCountAsync(1);

        // Ctrl+Enter from a field that sends its value only when left (the duration) logs what it shows.
        await TabToAsync(page, "ql-summary");
        await page.Keyboard.TypeAsync("Rappel : devis reçu");
        await page.Keyboard.PressAsync("Shift+Tab");
        await Assertions.Expect(page.Locator("#ql-duration")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.TypeAsync("15");
        await page.Keyboard.PressAsync("Control+Enter");
        await Assertions.Expect(first).ToContainTextAsync("Rappel : devis reçu");
        await Assertions.Expect(first).ToContainTextAsync("15 min");
        await Assertions.Expect(page.Locator("#ql-duration")).ToHaveValueAsync("0");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("prospect-page"), FullPage = true });

        // On the board, a drop on the won column asks for the sale before anything moves.
        await page.GetByRole(AriaRole.Link, new() { Name = "Tableau", Exact = true }).ClickAsync();
        await Assertions.Expect(Column(page, "Abonné").Locator("[data-testid=column-count]")).ToHaveTextAsync("1");
        var card = Column(page, "Abonné").Locator("[data-testid=board-card]", new() { HasText = "Boulangerie Léger" });
        await card.DragToAsync(Column(page, "Client").Locator(".board-cards"));
        var amount = page.GetByLabel("Montant (€)");
        await Assertions.Expect(amount).ToBeVisibleAsync();
        await amount.FillAsync("850");
        await page.GetByRole(AriaRole.Button, new() { Name = "Déplacer", Exact = true }).ClickAsync();
        await Assertions.Expect(Column(page, "Client").Locator("[data-testid=column-count]")).ToHaveTextAsync("1");
        await Assertions.Expect(Column(page, "Client").Locator("[data-testid=card-value]")).ToContainTextAsync("850");
        await Assertions.Expect(Column(page, "Abonné").Locator("[data-testid=column-count]")).ToHaveTextAsync("0");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("board") });

        await Workspace.GoToAsync(page, Server, "/reports/attribution");
        var most = page.Locator("[data-testid=highlight-most-revenue]");
        await Assertions.Expect(most).ToContainTextAsync("Instagram");
        await Assertions.Expect(most).ToContainTextAsync("850");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("attribution-report"), FullPage = true });
    }

    [Fact]
    public async Task A_card_moves_with_the_keyboard_alone_and_cancel_puts_it_back()
    {
        var owner = await Workspace.OwnerAsync(Server);
        await Workspace.ProspectAsync(Server, "Pressing Central", owner.Id);
        var page = await NewPageAsync(1366);
        await Workspace.SignInAsync(page, Server, owner.Email!);
        await Workspace.GoToAsync(page, Server, "/board");

        var card = Column(page, "Abonné").Locator("[data-testid=board-card]", new() { HasText = "Pressing Central" });
        await card.GetByRole(AriaRole.Button, new() { Name = "Déplacer vers… Pressing Central" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await DialogReadyAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Perdu", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("Passer en « Perdu »");
        await DialogReadyAsync(page);
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Assertions.Expect(Column(page, "Abonné").Locator("[data-testid=board-card]", new() { HasText = "Pressing Central" })).ToBeVisibleAsync();

        await card.GetByRole(AriaRole.Button, new() { Name = "Déplacer vers… Pressing Central" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await DialogReadyAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Qualifié", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Column(page, "Qualifié").Locator("[data-testid=board-card]", new() { HasText = "Pressing Central" })).ToBeVisibleAsync();
        await Assertions.Expect(Column(page, "Qualifié").Locator("[data-testid=column-count]")).ToHaveTextAsync("1");
        // What a screen reader announces: the move, not only a card that changed places.
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Pressing Central" }))
            .ToHaveTextAsync("Pressing Central est maintenant dans « Qualifié ».");
    }

    [Theory]
    [InlineData("fr-FR", 1366, "Déplacer vers… Fleuriste Rose", "Montant (€)", "Déplacer", "entre-temps", "board-moved-meanwhile")]
    [InlineData("en-GB", 390, "Move to… Fleuriste Rose", "Amount (€)", "Move", "meanwhile", "board-moved-meanwhile-phone-en")]
    public async Task A_sale_for_a_card_a_teammate_moved_meanwhile_closes_its_dialog_and_the_board_says_where_the_card_is(
        string locale, int width, string moveButton, string amountLabel, string submit, string meanwhile, string screenshot)
    {
        var owner = await Workspace.OwnerAsync(Server);
        var prospectId = await Workspace.ProspectAsync(Server, "Fleuriste Rose", owner.Id);
        var page = await NewPageAsync(width, locale, height: width < 600 ? 844 : 900);
        await Workspace.SignInAsync(page, Server, owner.Email!);
        await Workspace.GoToAsync(page, Server, "/board");
        var card = page.Locator("[data-testid=board-card]", new() { HasText = "Fleuriste Rose" });
        await Assertions.Expect(card).ToBeVisibleAsync();

        // A teammate moves it on (in another tab: this board is not told), then this user records a sale.
        await Workspace.MoveAsync(Server, prospectId, "Engagé");
        await card.GetByRole(AriaRole.Button, new() { Name = moveButton }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Client", Exact = true }).ClickAsync();
        await page.GetByLabel(amountLabel).FillAsync("850");
        await page.GetByRole(AriaRole.Button, new() { Name = submit, Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        // Stage names are the workspace's (French here), whatever the language of the interface.
        await Assertions.Expect(Column(page, "Engagé").Locator("[data-testid=board-card]", new() { HasText = "Fleuriste Rose" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync(meanwhile);
        await Assertions.Expect(page.Locator("[data-testid=board-status]")).ToHaveAttributeAsync("data-outcome", "moved-meanwhile");
        // The picture once the message has faded in, as the user reads it.
        await page.Locator(".mud-snackbar").EvaluateAsync("e => Promise.all(e.getAnimations({ subtree: true }).map(a => a.finished))");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath(screenshot) });
    }
}
