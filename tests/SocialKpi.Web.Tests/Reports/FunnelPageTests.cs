using SocialKpi.Users;

namespace SocialKpi.Web.Tests.Reports;

public sealed class FunnelPageTests(SocialKpiFactory factory) : IClassFixture<SocialKpiFactory>
{
    [Fact]
    public async Task The_funnel_shows_each_stage_overall_and_per_source()
    {
        using var session = await factory.SignedInAsync(Roles.Member);
        await session.SubmitAsync(await session.GetPageAsync("/prospects/new"), "form[action='/prospects/new']", new() { ["Input.Name"] = "In The Funnel", ["Input.SourceChannelId"] = "1" });

        var page = await session.GetPageAsync("/reports/funnel");

        var first = page.QuerySelector("[data-testid=funnel-overall] tbody tr")!;
        Assert.Equal("Abonné", first.QuerySelector("th")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("[data-testid=funnel-by-source] tbody th"), th => th.TextContent.StartsWith("Instagram", StringComparison.Ordinal));
        Assert.DoesNotContain(page.QuerySelectorAll("[data-testid=funnel-overall] tbody th"), th => th.TextContent == "Perdu");
    }
}
