using SocialKpi.Pipeline;
using SocialKpi.Prospects;
using SocialKpi.Web.Components.Board;

namespace SocialKpi.Web.Tests.Board;

public sealed class BoardComponentTests
{
    private static readonly Stage Proposal = new() { Id = 5, Name = "Proposition", Position = 4, WinProbability = 75, StaleAfterDays = 10 };

    private static BoardCard Card(int daysInStage, DateOnly? due) => new(
        7, 5, 3, "Hélène Léger", null, "Instagram", PerimeterRing.Street, 2000m,
        ComponentRenderer.Now.UtcDateTime.AddDays(-daysInStage), due is null ? null : "Send the quote", due, "Camille Martin");

    private static Task<AngleSharp.Html.Dom.IHtmlDocument> RenderCardAsync(BoardCard card) =>
        ComponentRenderer.RenderAsync<BoardCardView>("fr-FR", new()
        {
            [nameof(BoardCardView.Card)] = card,
            [nameof(BoardCardView.Stage)] = Proposal,
            [nameof(BoardCardView.Stages)] = new[] { Proposal },
        });

    [Fact]
    public async Task A_card_shows_name_source_ring_value_days_in_stage_and_owner_initials()
    {
        var page = await RenderCardAsync(Card(3, null));

        var text = page.Body!.TextContent.Plain();
        Assert.Equal("/prospects/7", page.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Instagram · Rue · 2 000 €", text);
        Assert.Equal("3 j dans l'étape", page.QuerySelector("[data-testid=days-in-stage]")!.TextContent);
        Assert.Equal("CM", page.QuerySelector(".badge")!.TextContent);
        Assert.DoesNotContain("board-card-stale", page.QuerySelector("li")!.ClassName);
        Assert.Null(page.QuerySelector("[hx-get]"));
    }

    [Fact]
    public async Task A_card_past_its_stage_threshold_is_marked_stale()
    {
        var page = await RenderCardAsync(Card(11, null));

        Assert.Contains("board-card-stale", page.QuerySelector("li")!.ClassName);
        Assert.Equal("11 j dans l'étape · à relancer", page.QuerySelector("[data-testid=days-in-stage]")!.TextContent);
    }

    [Fact]
    public async Task An_overdue_next_step_is_red()
    {
        var page = await RenderCardAsync(Card(1, new DateOnly(2026, 11, 19)));

        var due = page.QuerySelector("[data-testid=next-step] time")!;
        Assert.Equal("en retard de 3 jours", due.TextContent);
        Assert.Contains("text-danger", due.ClassName);
    }

    [Fact]
    public async Task A_column_header_shows_count_value_and_weighted_value()
    {
        var page = await ComponentRenderer.RenderAsync<ColumnHeader>("fr-FR", new()
        {
            [nameof(ColumnHeader.Totals)] = new StageTotals(5, "Proposition", StageOutcome.Open, 75, 12, 24000m),
        });

        Assert.Equal("column-head-5", page.QuerySelector("header")!.Id);
        Assert.Null(page.QuerySelector("header")!.GetAttribute("hx-swap-oob"));
        Assert.Equal("12", page.QuerySelector("[data-testid=column-count]")!.TextContent);
        Assert.Equal("24 000 €", page.QuerySelector("[data-testid=column-value]")!.TextContent.Plain());
        Assert.Equal("18 000 €", page.QuerySelector("[data-testid=column-weighted]")!.TextContent.Plain());
    }
}
