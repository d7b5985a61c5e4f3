using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
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
        foreach (var path in new[] { "/", "/prospects", $"/prospects/{prospectId}", "/prospects/new", "/follow-ups", "/board", "/reports", "/reports/attribution", "/reports/funnel", "/reports/channels", "/reports/rings", "/social", "/time", "/objectives", "/rounds", "/audit", "/privacy/retention", "/import", "/settings" })
        {
            await Workspace.GoToAsync(page, Server, path);
            var results = await page.RunAxe();
            problems.AddRange(results.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{path}: {v.Id} ({v.Impact}) {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task On_a_phone_no_page_is_wider_than_the_screen()
    {
        var owner = await Workspace.OwnerAsync(Server);
        var prospectId = await Workspace.ProspectAsync(Server, "Boulangerie Léger", owner.Id);
        await using (var scope = Server.Services.CreateAsyncScope())
        {
            // A row in each list whose table scrolls sideways on a phone.
            var time = await scope.ServiceProvider.GetRequiredService<SocialKpi.TimeSpent.TimeEntries>().AddAsync(
                new SocialKpi.TimeSpent.TimeEntryInput { ChannelId = 1, Date = "2026-11-21", Minutes = "45", Note = "Réponses aux commentaires" });
            Assert.True(time.Succeeded);
            // An objective, so the KPI board has its table of figures.
            var objective = await scope.ServiceProvider.GetRequiredService<SocialKpi.Objectives.ObjectiveService>().SaveAsync(
                new SocialKpi.Objectives.ObjectiveInput { Kind = SocialKpi.Objectives.ObjectiveKind.Sales, Metric = SocialKpi.Objectives.KpiMetric.Revenue, Target = "5000" });
            Assert.True(objective.Succeeded);
        }
        var page = await NewPageAsync(390);
        await page.GotoAsync($"{Server.BaseUrl}/culture?culture=fr-FR&returnUrl=/account/signin");
        await Workspace.SignInAsync(page, Server, owner.Email!);

        var wide = new List<string>();
        // The board scrolls sideways inside its own frame below 1366 px, so the page itself must not.
        foreach (var path in new[] { "/", "/prospects", $"/prospects/{prospectId}", "/follow-ups", "/board", "/reports", "/reports/channels", "/reports/rings", "/social", "/time", "/objectives", "/rounds", "/audit", "/privacy/retention", "/import", "/settings?tab=users" })
        {
            await Workspace.GoToAsync(page, Server, path);
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (width > 390)
                wide.Add($"{path}: {width} px");
        }

        Assert.True(wide.Count == 0, string.Join(Environment.NewLine, wide));
    }
}
