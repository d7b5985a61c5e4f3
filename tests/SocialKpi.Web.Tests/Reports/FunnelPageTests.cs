using Bunit;
using SocialKpi.Web.Features.Reports;

namespace SocialKpi.Web.Tests.Reports;

public sealed class FunnelPageTests : ComponentTest
{
    [Fact]
    public async Task The_funnel_shows_each_stage_reached_with_a_chart_and_a_csv_link_for_the_period()
    {
        await ProspectAsync("Hélène Léger", Me.Id);
        await ProspectAsync("Boulangerie Martin", Me.Id, channel: "Porte-à-porte");

        var page = RenderPage<FunnelPage>("/reports/funnel?from=2026-11-01&to=2026-12-01");

        page.WaitForElement("[data-testid=funnel-overall]");
        var first = page.FindAll("[data-testid=funnel-overall] tbody tr")[0].TextContent;
        Assert.Contains("Abonné", first);
        Assert.Contains("2", first);
        Assert.NotEmpty(page.FindAll(".chart svg"));
        Assert.Equal("/api/reports/funnel.csv?from=2026-11-01&to=2026-12-01", page.Find("a[href^='/api/reports/funnel.csv']").GetAttribute("href"));
        Assert.Equal(2, page.FindAll("[data-testid=funnel-by-source] tbody tr").Count);
    }

    [Fact]
    public async Task A_period_before_the_prospects_came_counts_none_of_them()
    {
        await ProspectAsync("Hélène Léger", Me.Id);

        var page = RenderPage<FunnelPage>("/reports/funnel?from=2026-01-01&to=2026-02-01");

        page.WaitForElement("[data-testid=funnel-overall]");
        Assert.Contains("0", page.FindAll("[data-testid=funnel-overall] tbody tr")[0].TextContent);
        Assert.Empty(page.FindAll("[data-testid=funnel-by-source] tbody tr"));
    }
}
