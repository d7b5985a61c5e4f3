using SocialKpi.Attribution;
using SocialKpi.Web.Components.Reports;

namespace SocialKpi.Web.Tests.Reports;

public sealed class AttributionHighlightsPanelTests
{
    private static Task<AngleSharp.Html.Dom.IHtmlDocument> RenderAsync(string culture, AttributionHighlights highlights, string model) =>
        ComponentRenderer.RenderAsync<AttributionHighlightsPanel>(culture, new()
        {
            [nameof(AttributionHighlightsPanel.Highlights)] = highlights,
            [nameof(AttributionHighlightsPanel.ModelName)] = model,
        });

    private static readonly AttributionHighlights Example = new(
        new ChannelCreditShare("Instagram", 12.5, 14_250m, 0.4),
        new ChannelTimeReturn("Recommandation", 310m, 6),
        new ChannelTimeReturn("Porte-à-porte", 12m, 1520.5),
        "Instagram",
        "Téléphone");

    [Fact]
    public async Task Leads_with_the_channel_that_pays_and_where_time_pays_in_French()
    {
        var page = await RenderAsync("fr-FR", Example, "Markov");

        var most = page.QuerySelector("[data-testid=highlight-most-revenue]")!.TextContent;
        Assert.Contains("Rapporte le plus (Markov)", most);
        Assert.Contains("Instagram", most);
        Assert.Contains("14 250 € de chiffre d'affaires, 40,0 % des conversions", most.Replace('\u202f', ' ').Replace('\u00a0', ' '));
        Assert.Contains("310 € par heure, sur 6 h notées", page.QuerySelector("[data-testid=highlight-best-hour]")!.TextContent.Replace('\u202f', ' ').Replace('\u00a0', ' '));
        Assert.Contains("12 € par heure, sur 1 520,5 h notées", page.QuerySelector("[data-testid=highlight-worst-hour]")!.TextContent.Replace('\u202f', ' ').Replace('\u00a0', ' '));
        Assert.Contains("Instagram ouvre le plus de parcours", page.QuerySelector("[data-testid=highlight-opens-closes]")!.TextContent);
    }

    [Fact]
    public async Task Says_what_to_do_when_nothing_has_converted_yet_in_English()
    {
        var page = await RenderAsync("en-GB", new AttributionHighlights(null, null, null, null, null), "Markov");

        Assert.StartsWith("No conversion in this period yet", page.QuerySelector("[data-testid=no-conversions]")!.TextContent);
        Assert.Null(page.QuerySelector("[data-testid=highlight-most-revenue]"));
    }

    [Fact]
    public async Task One_channel_that_both_opens_and_closes_is_said_once()
    {
        var page = await RenderAsync("en-GB", Example with { Closes = "Instagram" }, "Linear");

        Assert.StartsWith("Instagram both starts the most journeys", page.QuerySelector("[data-testid=highlight-opens-closes] p")!.TextContent.Trim());
    }
}
