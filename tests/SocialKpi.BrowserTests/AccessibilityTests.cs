using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SocialKpi.BrowserTests;

/// <summary>axe on each main page, in French and in English: no serious or critical violation.</summary>
public sealed class AccessibilityTests : BrowserTest
{
    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-GB")]
    public async Task The_main_pages_have_no_serious_accessibility_violation(string culture)
    {
        var owner = await Workspace.OwnerAsync(Server);
        var prospectId = await Workspace.ProspectAsync(Server, "Boulangerie Léger", owner.Id);
        var page = await NewPageAsync(1366);
        await page.GotoAsync($"{Server.BaseUrl}/culture?culture={culture}&returnUrl=/account/signin");
        await Workspace.SignInAsync(page, Server, owner.Email!);

        var problems = new List<string>();
        foreach (var path in new[] { "/", "/prospects", $"/prospects/{prospectId}", "/prospects/new", "/follow-ups", "/board", "/reports", "/reports/attribution", "/reports/funnel", "/reports/channels", "/reports/rings", "/social", "/time", "/settings" })
        {
            await Workspace.GoToAsync(page, Server, path);
            var results = await page.RunAxe();
            problems.AddRange(results.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{path}: {v.Id} ({v.Impact}) {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
