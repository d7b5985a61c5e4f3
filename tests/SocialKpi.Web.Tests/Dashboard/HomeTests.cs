using Bunit;
using SocialKpi.Users;
using SocialKpi.Web.Features.Dashboard;

namespace SocialKpi.Web.Tests.Dashboard;

public sealed class HomeTests : ComponentTest
{
    [Fact]
    public void An_empty_workspace_shows_first_steps_instead_of_zeros()
    {
        var home = RenderPage<Home>("/");

        home.WaitForElement("[data-testid=first-steps]");
        Assert.Empty(home.FindAll("[data-testid=kpis]"));
        Assert.Contains(home.FindAll("a"), a => a.GetAttribute("href") == "/prospects/new");
        Assert.Contains(home.FindAll("a"), a => a.GetAttribute("href") == "/settings?tab=users");
        // Importing a spreadsheet is a step of its own, in the wizard.
        Assert.Contains(home.FindAll("a"), a => a.GetAttribute("href") == "/import");
    }

    [Fact]
    public async Task A_viewer_gets_the_first_steps_without_buttons_it_may_not_use()
    {
        await SignInAsAsync(Roles.Viewer);

        var home = RenderPage<Home>("/");

        home.WaitForElement("[data-testid=first-steps]");
        Assert.DoesNotContain(home.FindAll("a"), a => a.GetAttribute("href") is "/prospects/new" or "/settings?tab=users" or "/import");
    }

    [Fact]
    public async Task With_prospects_it_shows_the_figures_the_pipeline_and_my_follow_ups()
    {
        var id = await ProspectAsync("Hélène Léger", Me.Id);
        await NextStepAsync(id, "Send the quote", new DateOnly(2026, 11, 20));

        var home = RenderPage<Home>("/");

        home.WaitForElement("[data-testid=kpis]");
        Assert.Contains("1", home.Find("[data-testid=kpis]").TextContent);
        home.WaitForAssertion(() => Assert.Contains("Send the quote", home.Find("[data-testid=follow-ups-overdue]").TextContent));
        Assert.Equal(7, home.FindAll("[data-testid=pipeline-summary] tbody tr").Count);
    }
}
