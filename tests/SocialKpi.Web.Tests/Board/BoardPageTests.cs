using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using SocialKpi.Pipeline;
using SocialKpi.Users;
using SocialKpi.Web.Features.Board;

namespace SocialKpi.Web.Tests.Board;

public sealed class BoardPageTests : ComponentTest
{
    private IRenderedComponent<BoardPage> OpenBoard(string url = "/board")
    {
        var board = RenderPage<BoardPage>(url);
        board.WaitForElement("[data-testid=board]");
        return board;
    }

    private static AngleSharp.Dom.IElement Column(IRenderedComponent<BoardPage> board, string stage) =>
        board.FindAll("[data-testid=board-column]").Single(c => c.QuerySelector("h2")!.TextContent.StartsWith(stage, StringComparison.Ordinal));

    private static string Count(IRenderedComponent<BoardPage> board, string stage) =>
        Column(board, stage).QuerySelector("[data-testid=column-count]")!.TextContent.Trim();

    private void MoveWithKeyboard(IRenderedComponent<BoardPage> board, string prospect, string stage)
    {
        var card = board.FindAll("[data-testid=board-card]").Single(c => c.TextContent.Contains(prospect, StringComparison.Ordinal));
        // Not awaited: the click's handler waits for the user's answer in the dialog.
        card.QuerySelector("button.board-card-move")!.Click();
        var target = Dialogs.WaitForElements(".mud-dialog button").First(b => b.TextContent.Trim() == stage);
        target.Click();
    }

    [Fact]
    public async Task Every_stage_is_a_column_with_its_count_value_and_weighted_value()
    {
        await ProspectAsync("Hélène Léger", Me.Id);
        await ProspectAsync("Boulangerie Martin", Me.Id);

        var board = OpenBoard();

        Assert.Equal(7, board.FindAll("[data-testid=board-column]").Count);
        Assert.Equal("2", Count(board, "Abonné"));
        var header = Column(board, "Abonné").QuerySelector("[data-testid=column-header]")!.TextContent.Replace('\u202f', ' ').Replace('\u00a0', ' ');
        Assert.Contains("2 400 €", header);
        Assert.Contains("120 €", header); // weighted at the stage's 5 %
    }

    [Fact]
    public async Task A_card_shows_source_ring_value_days_in_stage_and_a_late_next_step_in_red()
    {
        var id = await ProspectAsync("Hélène Léger", Me.Id);
        await NextStepAsync(id, "Send the quote", new DateOnly(2026, 11, 20));

        var board = OpenBoard();

        var card = board.Find("[data-testid=board-card]");
        Assert.Contains("Instagram · Rue", card.TextContent);
        Assert.Contains("1 200 €", card.TextContent.Replace('\u202f', ' ').Replace('\u00a0', ' '));
        Assert.Contains("0 j dans l'étape", card.QuerySelector("[data-testid=days-in-stage]")!.TextContent);
        Assert.NotNull(card.QuerySelector("[data-testid=next-step] time.late"));
    }

    [Fact]
    public async Task Moving_a_card_to_an_open_stage_updates_both_column_headers()
    {
        await ProspectAsync("Hélène Léger", Me.Id);
        var board = OpenBoard();

        MoveWithKeyboard(board, "Hélène Léger", "Engagé");

        board.WaitForAssertion(() => Assert.Equal("1", Count(board, "Engagé")));
        Assert.Equal("0", Count(board, "Abonné"));
        Assert.Contains("Hélène Léger", Column(board, "Engagé").TextContent);
        // Said to screen readers too: a drop shows the move but does not tell it.
        var status = board.Find("[data-testid=board-status]");
        Assert.Equal("Hélène Léger est maintenant dans « Engagé ».", status.TextContent);
        Assert.Equal("polite", status.GetAttribute("aria-live"));
        Assert.Equal("moved", status.GetAttribute("data-outcome"));
    }

    [Fact]
    public async Task Moving_a_card_to_won_asks_for_the_sale_and_the_client_column_shows_it()
    {
        await ProspectAsync("Hélène Léger", Me.Id);
        var board = OpenBoard();

        MoveWithKeyboard(board, "Hélène Léger", "Client");
        Dialogs.WaitForElement("#move-amount");
        await Dialogs.Find("#move-amount").ChangeAsync(new ChangeEventArgs { Value = "850" });
        await Dialogs.Find("#stage-move-form").SubmitAsync();

        board.WaitForAssertion(() => Assert.Equal("1", Count(board, "Client")));
        var client = Column(board, "Client");
        // The client is worth what it paid, not the 1 200 € estimated before.
        Assert.Contains("850 €", client.QuerySelector("[data-testid=card-value]")!.TextContent.Replace('\u202f', ' ').Replace('\u00a0', ' '));
        Assert.Contains("850 €", client.QuerySelector("[data-testid=column-value]")!.TextContent.Replace('\u202f', ' ').Replace('\u00a0', ' '));
    }

    [Fact]
    public async Task Cancelling_the_sale_question_puts_the_card_back()
    {
        var id = await ProspectAsync("Hélène Léger", Me.Id);
        var board = OpenBoard();

        MoveWithKeyboard(board, "Hélène Léger", "Client");
        Dialogs.WaitForElement("#move-amount");
        await Dialogs.FindAll(".mud-dialog button").First(b => b.TextContent.Trim() == "Annuler").ClickAsync(new MouseEventArgs());

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        Assert.Contains("Hélène Léger", Column(board, "Abonné").TextContent);
        Assert.Equal("0", Count(board, "Client"));
        Assert.Equal("Abonné", (await LoadProspectAsync(id)).Stage!.Name);
    }

    [Fact]
    public async Task A_card_moved_by_someone_else_meanwhile_is_not_overwritten()
    {
        var id = await ProspectAsync("Hélène Léger", Me.Id);
        var board = OpenBoard();
        await TeammateMovesAsync(id, "Engagé");

        MoveWithKeyboard(board, "Hélène Léger", "Conversation");

        board.WaitForAssertion(() => Assert.Contains("Hélène Léger", Column(board, "Engagé").TextContent));
        Assert.Equal("Engagé", (await LoadProspectAsync(id)).Stage!.Name);
        Assert.Contains(Snackbars(), m => m.Contains("modifié", StringComparison.OrdinalIgnoreCase) || m.Contains("déplacé", StringComparison.OrdinalIgnoreCase));
        // Said once, by the snackbar (an alert): the status line stays quiet rather than repeat it.
        var status = board.Find("[data-testid=board-status]");
        Assert.Equal("", status.TextContent);
        Assert.Equal("moved-meanwhile", status.GetAttribute("data-outcome"));
    }

    [Fact]
    public async Task A_sale_for_a_card_moved_by_someone_else_meanwhile_closes_the_dialog_and_shows_where_the_card_is()
    {
        var id = await ProspectAsync("Hélène Léger", Me.Id);
        var board = OpenBoard();
        await TeammateMovesAsync(id, "Engagé");

        MoveWithKeyboard(board, "Hélène Léger", "Client");
        Dialogs.WaitForElement("#move-amount");
        await Dialogs.Find("#move-amount").ChangeAsync(new ChangeEventArgs { Value = "850" });
        await Dialogs.Find("#stage-move-form").SubmitAsync();

        // Nothing to correct in the form: the board says what happened and shows the card where it is.
        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        board.WaitForAssertion(() => Assert.Contains("Hélène Léger", Column(board, "Engagé").TextContent));
        Assert.Equal("0", Count(board, "Client"));
        Assert.Contains(Snackbars(), m => m.Contains("entre-temps", StringComparison.Ordinal));
        Assert.Equal("Engagé", (await LoadProspectAsync(id)).Stage!.Name);
        Assert.Empty(await Run((SocialKpi.Sales.SaleService s) => s.ForProspectAsync(id)));
    }

    [Fact]
    public async Task A_change_made_elsewhere_shows_on_an_open_board()
    {
        var id = await ProspectAsync("Hélène Léger", Me.Id);
        var board = OpenBoard();
        var follower = await StageIdAsync("Abonné");

        // Another user's move, on another circuit: the notifier tells every open board.
        await TeammateMovesAsync(id, "Engagé");
        Services.GetService<SocialKpi.Web.Infrastructure.IProspectChanges>()!.Publish(new(id, FromStageId: follower));

        board.WaitForAssertion(() => Assert.Equal("1", Count(board, "Engagé")));
        Assert.Equal("0", Count(board, "Abonné"));
    }

    [Fact]
    public async Task A_card_refreshed_after_a_teammates_log_stays_the_same_card_for_a_click_on_its_way()
    {
        var id = await ProspectAsync("Hélène Léger", Me.Id);
        var board = OpenBoard();
        var before = board.FindComponents<MudBlazor.MudDynamicDropItem<BoardCard>>().Single(c => c.Instance.Item!.Id == id).Instance;

        await NextStepAsync(id, "Envoyer le devis", new DateOnly(2026, 12, 2));
        Services.GetService<SocialKpi.Web.Infrastructure.IProspectChanges>()!.Publish(new(id));

        board.WaitForAssertion(() => Assert.Contains("Envoyer le devis", Column(board, "Abonné").TextContent));
        // The same component shows the card as it now is: its handlers are updated, not disposed,
        // so a "Move to…" click sent before the refresh reached the page still opens the dialog.
        var after = board.FindComponents<MudBlazor.MudDynamicDropItem<BoardCard>>().Single(c => c.Instance.Item!.Id == id).Instance;
        Assert.Same(before, after);
        Assert.Equal("Envoyer le devis", after.Item!.NextStep);
    }

    [Fact]
    public async Task Changes_heard_while_the_board_refreshes_all_show_with_their_totals()
    {
        var follower = await StageIdAsync("Abonné");
        var names = new[] { "Hélène Léger", "Boulangerie Martin", "Garage Dupuis" };
        var ids = new List<int>();
        foreach (var name in names)
            ids.Add(await ProspectAsync(name, Me.Id));
        var board = OpenBoard();
        Assert.Equal("3", Count(board, "Abonné"));
        foreach (var id in ids)
            await TeammateMovesAsync(id, "Engagé");

        // The first change's refresh waits for the database while the other two are heard: they
        // are refreshed together by one more round.
        var changes = Services.GetService<SocialKpi.Web.Infrastructure.IProspectChanges>()!;
        var held = Queries.HoldNext();
        changes.Publish(new(ids[0], FromStageId: follower));
        await held.Reached;
        changes.Publish(new(ids[1], FromStageId: follower));
        changes.Publish(new(ids[2], FromStageId: follower));
        held.Release();

        // The first round's totals already count all three (the database has them): the cards say
        // whether the second round came.
        board.WaitForAssertion(() => Assert.Equal(names.Order(), Cards(board, "Engagé").Order()));
        Assert.Empty(Cards(board, "Abonné"));
        Assert.Equal("3", Count(board, "Engagé"));
        Assert.Equal("0", Count(board, "Abonné"));
    }

    [Fact]
    public async Task A_members_board_skips_a_change_to_someone_elses_prospect_and_shows_one_to_theirs()
    {
        var owner = Me;
        var id = await ProspectAsync("Hélène Léger", owner.Id);
        var member = await SignInAsAsync(Roles.Member);
        var board = OpenBoard();
        Assert.Equal("0", Count(board, "Abonné"));
        var changes = Services.GetService<SocialKpi.Web.Infrastructure.IProspectChanges>()!;

        // The prospect becomes the member's, but the change says it is still the owner's: a board
        // of the member's own prospects has nothing to redraw for it, and asks nothing.
        await QueryAsync(async db =>
        {
            (await db.Prospects.FindAsync(id))!.OwnerId = member.Id;
            return await db.SaveChangesAsync();
        });
        changes.Publish(new(id, Owner: new(owner.Id)));
        // A change published after it is shown: had the first been refreshed, it would show too.
        var own = await ProspectAsync("Boulangerie Martin", member.Id);
        changes.Publish(new(own, Owner: new(member.Id)));
        board.WaitForAssertion(() => Assert.Contains("Boulangerie Martin", Cards(board, "Abonné")));
        Assert.DoesNotContain("Hélène Léger", Cards(board, "Abonné"));

        // Said as it is, the change is the member's, and the card shows.
        changes.Publish(new(id, Owner: new(member.Id)));
        board.WaitForAssertion(() => Assert.Contains("Hélène Léger", Cards(board, "Abonné")));
    }

    private static List<string> Cards(IRenderedComponent<BoardPage> board, string stage) =>
        Column(board, stage).QuerySelectorAll("[data-testid=board-card]").Select(c => c.GetAttribute("aria-label")!).ToList();

    [Fact]
    public async Task A_member_sees_their_own_prospects_unless_the_address_says_everyone()
    {
        var owner = Me;
        await ProspectAsync("Hélène Léger", owner.Id);
        var member = await SignInAsAsync(Roles.Member);
        await ProspectAsync("Boulangerie Martin", member.Id);

        var mine = OpenBoard();
        Assert.Single(mine.FindAll("[data-testid=board-card]"));

        var everyone = OpenBoard("/board?owner=all");
        Assert.Equal(2, everyone.FindAll("[data-testid=board-card]").Count);
    }

    [Fact]
    public async Task A_viewer_cannot_move_cards()
    {
        await ProspectAsync("Hélène Léger", Me.Id);
        await SignInAsAsync(Roles.Viewer);

        var board = OpenBoard();

        Assert.Single(board.FindAll("[data-testid=board-card]"));
        Assert.Empty(board.FindAll("button.board-card-move"));
    }
}
