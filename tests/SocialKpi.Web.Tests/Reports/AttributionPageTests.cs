using Bunit;
using SocialKpi.Web.Features.Reports;

namespace SocialKpi.Web.Tests.Reports;

public sealed class AttributionPageTests : ComponentTest
{
    private async Task ClientFromInstagramAsync(string amount = "800")
    {
        var id = await ProspectAsync("Fleuriste Rose", Me.Id);
        var client = await StageIdAsync("Client");
        var version = (await LoadProspectAsync(id)).Version;
        var moved = await Run((SocialKpi.Prospects.ProspectService s) => s.ChangeStageAsync(id, Builders.Won(client, version, amount), Me.Id));
        Assert.True(moved.Succeeded, string.Join("; ", moved.Errors));
    }

    [Fact]
    public async Task The_report_leads_with_the_channel_that_pays_then_the_models_side_by_side()
    {
        await ClientFromInstagramAsync();

        var page = RenderPage<AttributionPage>("/reports/attribution");

        page.WaitForElement("[data-testid=attribution-highlights]");
        var most = page.Find("[data-testid=highlight-most-revenue]").TextContent.Replace('\u202f', ' ').Replace('\u00a0', ' ');
        Assert.Contains("Instagram", most);
        Assert.Contains("800 €", most);
        var headers = page.FindAll("[data-testid=attribution-table] thead th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Canal", "Premier contact", "Dernier contact", "Linéaire", "Position (U)", "Décroissance temporelle", "Shapley", "Markov (graphique)"], headers);
        Assert.NotEmpty(page.FindAll("[data-testid=attribution-chart] svg"));
        Assert.Equal(3, page.FindAll("[data-testid=by-distinct-channels] tbody tr").Count);
        Assert.StartsWith("/api/reports/attribution.csv", page.Find("a[href^='/api/reports/attribution.csv']").GetAttribute("href"));
        Assert.StartsWith("1 conversion pour", page.Find("[data-testid=attribution-totals]").TextContent.Trim());
    }

    [Fact]
    public async Task The_chosen_model_comes_from_the_address()
    {
        await ClientFromInstagramAsync();

        var page = RenderPage<AttributionPage>("/reports/attribution?model=FirstTouch");

        page.WaitForAssertion(() => Assert.Contains("Premier contact (graphique)", page.Find("[data-testid=attribution-table] thead").TextContent));
        Assert.Contains("Premier contact", page.Find("[data-testid=highlight-most-revenue]").TextContent);
    }

    [Fact]
    public void Dates_in_the_wrong_order_get_a_clear_message()
    {
        var page = RenderPage<AttributionPage>("/reports/attribution?from=2026-12-01&to=2026-01-01");

        page.WaitForAssertion(() => Assert.StartsWith("Vérifiez les dates", page.Find(".mud-alert").TextContent.Trim()));
    }

    [Fact]
    public void Without_any_sale_it_says_so_rather_than_showing_zeros()
    {
        var page = RenderPage<AttributionPage>("/reports/attribution");

        page.WaitForElement("[data-testid=no-conversions]");
    }

    [Fact]
    public async Task The_report_reads_in_English_too()
    {
        UseCulture("en-GB");
        await ClientFromInstagramAsync();

        var page = RenderPage<AttributionPage>("/reports/attribution");

        page.WaitForAssertion(() => Assert.Contains("First touch", page.Find("[data-testid=attribution-table] thead").TextContent));
    }
}
