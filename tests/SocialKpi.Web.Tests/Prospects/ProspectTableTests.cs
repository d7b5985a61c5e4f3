using SocialKpi.Prospects;
using SocialKpi.Web.Components.Prospects;

namespace SocialKpi.Web.Tests.Prospects;

public sealed class ProspectTableTests
{
    private static readonly ProspectListItem Helene = new(
        7, "Hélène Léger", "Boulangerie Léger", "helene@leger.fr", "Qualified", "Instagram", PerimeterRing.Street,
        1234.5m, "Camille Martin", new DateTime(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc));

    private static Task<AngleSharp.Html.Dom.IHtmlDocument> RenderAsync(string culture, params ProspectListItem[] items) =>
        ComponentRenderer.RenderAsync<ProspectTable>(culture, new() { [nameof(ProspectTable.Items)] = items });

    [Fact]
    public async Task A_row_links_to_the_prospect_and_shows_its_stage_source_ring_value_and_owner_in_French()
    {
        var page = await RenderAsync("fr-FR", Helene);

        var cells = page.QuerySelectorAll("tbody tr td").Select(c => c.TextContent.Plain()).ToList();
        Assert.Equal("/prospects/7", page.QuerySelector("tbody a")!.GetAttribute("href"));
        Assert.Equal(["Hélène LégerBoulangerie Léger", "Qualified", "Instagram", "Rue", "1 234,50 €", "Camille Martin"], cells.Take(6));
        Assert.Equal("2026-11-02T10:00:00Z", page.QuerySelector("tbody time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task English_headers_and_number_format_follow_the_culture()
    {
        var page = await RenderAsync("en-GB", Helene with { EstimatedValue = 800m, Company = null });

        Assert.Equal(["Name", "Stage", "Source channel", "Perimeter", "Estimated value", "Owner", "Last activity"], page.QuerySelectorAll("thead th").Select(h => h.TextContent));
        Assert.Equal("€800", page.QuerySelectorAll("tbody td")[4].TextContent.Plain());
        Assert.Equal("Street", page.QuerySelectorAll("tbody td")[3].TextContent);
    }

    [Fact]
    public async Task A_prospect_without_value_shows_an_empty_cell_not_zero()
    {
        var page = await RenderAsync("fr-FR", Helene with { EstimatedValue = null });

        Assert.Equal("", page.QuerySelectorAll("tbody td")[4].TextContent.Trim());
    }
}
