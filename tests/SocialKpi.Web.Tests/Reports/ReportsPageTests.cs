using Bunit;
using SocialKpi.Web.Components.Pages;
using SocialKpi.Web.Features.Reports;

namespace SocialKpi.Web.Tests.Reports;

public sealed class ReportsPageTests : ComponentTest
{
    [Fact]
    public async Task The_reports_index_leads_to_each_report_and_shows_conversion_by_source()
    {
        await ProspectAsync("Hélène Léger", Me.Id);
        await ProspectAsync("Boulangerie Martin", Me.Id, channel: "Porte-à-porte");

        var page = RenderPage<ReportsPage>("/reports");

        page.WaitForElement("[data-testid=conversion-by-source]");
        Assert.Equal(
            ["/reports/attribution", "/reports/channels", "/reports/funnel", "/reports/rings"],
            page.FindAll(".page-header a").Select(a => a.GetAttribute("href")!));
        var instagram = page.FindAll("[data-testid=conversion-by-source] tbody tr").First(r => r.TextContent.Contains("Instagram", StringComparison.Ordinal));
        Assert.Contains("0,0 %", instagram.TextContent.Replace('\u202F', ' ').Replace('\u00A0', ' '));
        Assert.Contains("/prospects?channel=", instagram.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Denied_and_not_found_say_what_happened_and_lead_back()
    {
        var denied = Render<Denied>();
        var notFound = Render<NotFound>();

        Assert.Equal("Accès refusé", denied.Find("h1").TextContent);
        Assert.Equal("/", denied.Find("a").GetAttribute("href"));
        Assert.Equal("Introuvable", notFound.Find("h1").TextContent);
        Assert.Equal("/", notFound.Find("a").GetAttribute("href"));
    }
}
