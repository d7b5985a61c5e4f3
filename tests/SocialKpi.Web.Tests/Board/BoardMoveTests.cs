using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Users;

namespace SocialKpi.Web.Tests.Board;

public sealed class BoardMoveTests(SocialKpiFactory factory) : IClassFixture<SocialKpiFactory>
{
    private async Task<(WebSession Session, int Id)> ProspectOnBoardAsync(string name)
    {
        var session = await factory.SignedInAsync(Roles.Member);
        var created = await session.SubmitAsync(await session.GetPageAsync("/prospects/new"), "form[action='/prospects/new']", new()
        {
            ["Input.Name"] = name,
            ["Input.SourceChannelId"] = "1",
            ["Input.EstimatedValue"] = "1000",
        });
        return (session, int.Parse(created.RedirectPath().Split('/', '?')[2], System.Globalization.CultureInfo.InvariantCulture));
    }

    private Task<int> StageIdAsync(string name) => factory.QueryAsync(db => db.Stages.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());

    private Task<string> StageOfAsync(int id) => factory.QueryAsync(db => db.Prospects.Where(p => p.Id == id).Select(p => p.Stage!.Name).SingleAsync());

    private static async Task<HttpResponseMessage> MoveAsync(WebSession session, IHtmlDocument board, int id, Dictionary<string, string> fields, bool htmx)
    {
        // As a keyboard user does: "Move…" loads the card's move form, which is then posted.
        var control = await session.GetPageAsync($"/board/cards/{id}/move");
        var form = control.QuerySelector<IHtmlFormElement>("form.board-move")!;
        var values = form.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name)).ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (name, value) in fields)
            values[name] = value;
        var request = new HttpRequestMessage(HttpMethod.Post, "/board/move") { Content = new FormUrlEncodedContent(values) };
        // As htmx does: the page's token in a header, and the board's address.
        request.Headers.Add("RequestVerificationToken", board.QuerySelector("meta[name=request-verification-token]")!.GetAttribute("content"));
        request.Headers.Add("HX-Current-URL", "http://localhost" + board.Body!.GetAttribute("data-test-url"));
        if (htmx)
            request.Headers.Add("HX-Request", "true");
        return await session.Client.SendAsync(request);
    }

    [Fact]
    public async Task The_card_move_form_also_works_as_a_plain_form_posted_before_htmx_takes_it_over()
    {
        var (session, id) = await ProspectOnBoardAsync("Fast Keys");
        using var _ = session;
        var control = await session.GetPageAsync($"/board/cards/{id}/move");

        var response = await session.SubmitAsync(control, "form.board-move", new() { ["Move.StageId"] = (await StageIdAsync("Qualifié")).ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/board", response.RedirectPath());
        Assert.Equal("Qualifié", await StageOfAsync(id));
    }

    [Fact]
    public async Task A_member_sees_their_own_prospects_by_default_and_everyone_on_request()
    {
        var (session, id) = await ProspectOnBoardAsync("Mine Only");
        using var _ = session;
        using var other = await factory.SignedInAsync(Roles.Member);

        Assert.Null((await other.GetPageAsync("/board")).QuerySelector($"#card-{id}"));
        Assert.NotNull((await other.GetPageAsync("/board?owner=all")).QuerySelector($"#card-{id}"));
        Assert.NotNull((await session.GetPageAsync("/board")).QuerySelector($"#card-{id}"));
    }

    [Fact]
    public async Task An_htmx_move_answers_the_card_in_its_new_column_and_both_headers()
    {
        var (session, id) = await ProspectOnBoardAsync("Htmx Move");
        using var _ = session;
        var board = await session.GetPageAsync("/board");
        var engaged = await StageIdAsync("Engagé");
        var follower = await StageIdAsync("Abonné");

        var response = await MoveAsync(session, board, id, new() { ["Move.StageId"] = engaged.ToString() }, htmx: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("delete", response.Headers.GetValues("HX-Reswap").Single());
        var answer = await WebSession.ParseAsync(response, "/board");
        Assert.Equal($"afterbegin:#cards-{engaged}", answer.QuerySelector($"[hx-swap-oob]:has(#card-{id})")!.GetAttribute("hx-swap-oob"));
        var headers = answer.QuerySelectorAll("header[hx-swap-oob]").Select(h => h.Id).ToList();
        Assert.Contains($"column-head-{engaged}", headers);
        Assert.Contains($"column-head-{follower}", headers);
        Assert.Equal("Engagé", await StageOfAsync(id));
    }

    [Fact]
    public async Task Without_javascript_move_leads_to_the_prospect_page_move_form()
    {
        var (session, id) = await ProspectOnBoardAsync("No Script Move");
        using var _ = session;
        var board = await session.GetPageAsync("/board");
        var link = board.QuerySelector($"#card-{id} a[hx-get]")!;
        Assert.Equal($"/prospects/{id}?move=#move", link.GetAttribute("href"));
        var qualified = await StageIdAsync("Qualifié");

        var page = await session.GetPageAsync($"/prospects/{id}");
        Assert.NotNull(page.QuerySelector("form#move"));
        page = await session.GetPageAsync($"/prospects/{id}?move={qualified}");

        Assert.Equal(qualified.ToString(), page.QuerySelector<IHtmlSelectElement>("#move-stage")!.Value);
        var moved = await session.SubmitAsync(page, "[data-testid=stage-form]", []);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal("Qualifié", await StageOfAsync(id));
    }

    [Fact]
    public async Task A_plain_move_redirects_back_to_the_board_it_came_from()
    {
        var (session, id) = await ProspectOnBoardAsync("Plain Move");
        using var _ = session;
        var board = await session.GetPageAsync("/board?ring=City");

        var response = await MoveAsync(session, board, id, new() { ["Move.StageId"] = (await StageIdAsync("Conversation")).ToString() }, htmx: false);

        Assert.Equal("/board?ring=City", response.RedirectPath());
        Assert.Equal("Conversation", await StageOfAsync(id));
    }

    [Fact]
    public async Task A_move_from_a_stale_board_is_refused_with_the_fresh_card_and_overwrites_nothing()
    {
        var (session, id) = await ProspectOnBoardAsync("Two People One Card");
        using var _ = session;
        var staleBoard = await session.GetPageAsync("/board");
        var first = await MoveAsync(session, await session.GetPageAsync("/board"), id, new() { ["Move.StageId"] = (await StageIdAsync("Qualifié")).ToString() }, htmx: true);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        // A drag from the board as it was rendered carries the card's version of then.
        var staleVersion = staleBoard.QuerySelector($"#card-{id}")!.GetAttribute("data-version")!;
        var refused = await MoveAsync(session, staleBoard, id, new() { ["Move.StageId"] = (await StageIdAsync("Proposition")).ToString(), ["Move.Version"] = staleVersion }, htmx: true);

        var answer = await WebSession.ParseAsync(refused, "/board");
        var card = answer.QuerySelector($"#card-{id}")!;
        Assert.StartsWith("Quelqu'un a modifié ce prospect entre-temps", card.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal($"afterbegin:#cards-{await StageIdAsync("Qualifié")}", card.ParentElement!.GetAttribute("hx-swap-oob"));
        Assert.Equal("Qualifié", await StageOfAsync(id));
    }

    [Fact]
    public async Task Won_without_an_amount_brings_the_card_back_with_the_sale_form()
    {
        var (session, id) = await ProspectOnBoardAsync("Almost Client");
        using var _ = session;
        var client = await StageIdAsync("Client");

        var refused = await MoveAsync(session, await session.GetPageAsync("/board"), id, new() { ["Move.StageId"] = client.ToString() }, htmx: true);

        var card = (await WebSession.ParseAsync(refused, "/board")).QuerySelector($"#card-{id}")!;
        Assert.Equal("Passer à une étape gagnée enregistre la vente : indiquez son montant.", card.QuerySelector($"#c{id}-sale-amount-error")!.TextContent);
        Assert.Equal(client.ToString(), card.QuerySelector<IHtmlSelectElement>($"#c{id}-move-stage")!.Value);
        Assert.Equal("Abonné", await StageOfAsync(id));
        Assert.Equal(0, await factory.QueryAsync(db => db.Sales.CountAsync(s => s.ProspectId == id)));

        var plain = await MoveAsync(session, await session.GetPageAsync("/board"), id, new() { ["Move.StageId"] = client.ToString() }, htmx: false);
        Assert.Equal($"/prospects/{id}?move={client}", plain.RedirectPath());
        var page = await session.FollowAsync(plain);
        Assert.Equal(client.ToString(), page.QuerySelector<IHtmlSelectElement>("#move-stage")!.Value);
    }

    [Fact]
    public async Task An_unknown_stage_is_refused_and_changes_nothing()
    {
        var (session, id) = await ProspectOnBoardAsync("Nowhere Bound");
        using var _ = session;

        var refused = await MoveAsync(session, await session.GetPageAsync("/board"), id, new() { ["Move.StageId"] = "9999" }, htmx: true);

        var card = (await WebSession.ParseAsync(refused, "/board")).QuerySelector($"#card-{id}")!;
        Assert.Equal("Cette étape n'existe pas (ou plus). Choisissez-en une autre.", card.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("Abonné", await StageOfAsync(id));
    }

    [Fact]
    public async Task A_viewer_sees_no_move_control_and_cannot_move()
    {
        var (member, id) = await ProspectOnBoardAsync("Viewer Proof");
        using var _ = member;
        var memberBoard = await member.GetPageAsync("/board");
        using var viewer = await factory.SignedInAsync(Roles.Viewer);
        var viewerBoard = await viewer.GetPageAsync("/board");
        Assert.NotNull(viewerBoard.QuerySelector($"#card-{id}"));
        Assert.Null(viewerBoard.QuerySelector($"#card-{id} [hx-get]"));
        Assert.StartsWith("/account/denied", (await viewer.Client.GetAsync($"/board/cards/{id}/move")).RedirectPath());
        Assert.Equal("false", viewerBoard.QuerySelector("[data-testid=board]")!.GetAttribute("data-can-edit"));

        var request = new HttpRequestMessage(HttpMethod.Post, "/board/move")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["ProspectId"] = id.ToString(),
                ["Move.Version"] = "0",
                ["Move.StageId"] = (await StageIdAsync("Engagé")).ToString(),
            }),
        };
        request.Headers.Add("RequestVerificationToken", viewerBoard.QuerySelector("meta[name=request-verification-token]")!.GetAttribute("content"));
        request.Headers.Add("HX-Request", "true");
        var response = await viewer.Client.SendAsync(request);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Abonné", await StageOfAsync(id));
    }
}
