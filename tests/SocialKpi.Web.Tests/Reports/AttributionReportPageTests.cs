using System.Net;
using AngleSharp.Dom;
using System.Text.Json;
using SocialKpi.Users;

namespace SocialKpi.Web.Tests.Reports;

public sealed class AttributionReportPageTests(SocialKpiFactory factory) : IClassFixture<SocialKpiFactory>
{
    private async Task<WebSession> WorkspaceWithAClientAsync()
    {
        var session = await factory.SignedInAsync(Roles.Member);
        var created = await session.SubmitAsync(await session.GetPageAsync("/prospects/new"), "form[action='/prospects/new']", new()
        {
            ["Input.Name"] = "Fleuriste Rose",
            ["Input.SourceChannelId"] = "1",
        });
        var url = created.RedirectPath().Split('?')[0];
        var page = await session.GetPageAsync(url);
        var client = page.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlOptionElement>("[data-testid=stage-form] option").First(o => o.GetAttribute("data-outcome") == "Won").Value;
        var won = await session.SubmitAsync(page, "[data-testid=stage-form]", new() { ["Move.StageId"] = client, ["Move.SaleAmount"] = "800", ["Move.SoldOn"] = DateTime.Today.ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        return session;
    }

    [Fact]
    public async Task The_report_shows_every_model_side_by_side_with_a_chart_and_an_export()
    {
        using var session = await WorkspaceWithAClientAsync();

        var page = await session.GetPageAsync("/reports/attribution");

        var headers = page.QuerySelectorAll("[data-testid=attribution-table] thead th").Select(h => h.TextContent).ToList();
        Assert.Equal(["Canal", "Premier contact", "Dernier contact", "Linéaire", "Position (U)", "Décroissance temporelle", "Shapley", "Markov (graphique)"], headers.Take(8));
        Assert.Contains(page.QuerySelectorAll("[data-testid=attribution-table] tbody th"), th => th.TextContent == "Instagram");
        var svg = page.QuerySelector("[data-testid=attribution-chart] svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.NotNull(svg.QuerySelector("title"));
        Assert.Equal(3, page.QuerySelectorAll("[data-testid=by-distinct-channels] tbody tr").Length);
        Assert.StartsWith("/api/reports/attribution.csv", page.QuerySelector("a[download]")!.GetAttribute("href"));
        // The answer comes first: the one sale was an Instagram prospect's.
        var most = page.QuerySelector("[data-testid=highlight-most-revenue]")!.TextContent.Replace('\u202f', ' ').Replace('\u00a0', ' ');
        Assert.Contains("Instagram", most);
        Assert.Contains("800 € de chiffre d'affaires", most);
        Assert.Contains(page.QuerySelectorAll("[data-testid=channel-economics] tbody th"), th => th.TextContent == "Instagram");
    }

    [Fact]
    public async Task The_api_gives_the_documented_json_and_the_export_a_csv()
    {
        using var session = await WorkspaceWithAClientAsync();

        using var json = JsonDocument.Parse(await session.Client.GetStringAsync("/api/reports/attribution"));
        var root = json.RootElement;
        Assert.True(root.GetProperty("totalConversions").GetDouble() >= 1);
        var instagram = root.GetProperty("channels").EnumerateArray().Single(c => c.GetProperty("channel").GetString() == "Instagram");
        foreach (var model in new[] { "firstTouch", "lastTouch", "linear", "positionBased", "timeDecay", "shapley", "markov" })
            Assert.True(instagram.GetProperty(model).TryGetProperty("conversions", out _), model);
        foreach (var figure in new[] { "prospects", "conversionRate", "hoursSpent", "revenuePerHour", "medianDaysToConvert" })
            Assert.True(instagram.TryGetProperty(figure, out _), figure);

        var csv = await session.Client.GetAsync("/api/reports/attribution.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("channel,first_touch_conversions,first_touch_value", await csv.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Bad_dates_get_a_clear_message()
    {
        using var session = await factory.SignedInAsync(Roles.Member);

        var page = await session.GetPageAsync("/reports/attribution?from=2026-12-01&to=2026-01-01");
        var api = await session.Client.GetAsync("/api/reports/attribution?from=hier");

        Assert.StartsWith("Vérifiez les dates", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
    }

    [Fact]
    public async Task The_api_needs_a_signed_in_user()
    {
        await factory.EnsureOwnerAsync();
        using var anonymous = factory.NewSession();

        var response = await anonymous.Client.GetAsync("/api/reports/attribution");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
