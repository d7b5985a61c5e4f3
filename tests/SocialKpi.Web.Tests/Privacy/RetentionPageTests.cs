using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Users;
using SocialKpi.Web.Features.Privacy;

namespace SocialKpi.Web.Tests.Privacy;

public sealed class RetentionPageTests : ComponentTest
{
    private async Task<int> QuietProspectAsync(string name)
    {
        var id = await ProspectAsync(name, Me.Id);
        var longAgo = Clock.GetUtcNow().AddYears(-3).AddDays(-10).UtcDateTime;
        await QueryAsync(db => db.Prospects.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.LastActivityAt, longAgo)));
        return id;
    }

    [Fact]
    public async Task The_owner_keeps_a_selected_prospect_only_with_a_reason()
    {
        var id = await QuietProspectAsync("Hélène Silencieuse");
        await ProspectAsync("Marc Actif", Me.Id);
        var page = RenderPage<RetentionPage>("/privacy/retention");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=retention-table] tbody tr")));
        Assert.Contains("Hélène Silencieuse", page.Find("[data-testid=retention-table]").TextContent);
        await page.Find("[data-testid=retention-table] tbody input[type=checkbox]").ChangeAsync(new ChangeEventArgs { Value = true });
        await page.Find("[data-testid=retention-keep]").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Contains("Indiquez pourquoi ces prospects sont conservés", page.Markup));

        await page.Find("#retention-reason").ChangeAsync(new ChangeEventArgs { Value = "Devis en cours" });
        await page.Find("[data-testid=retention-keep]").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=retention-empty]")));
        Assert.Equal("Devis en cours", await QueryAsync(db => db.Prospects.Where(p => p.Id == id).Select(p => p.RetentionKeptReason).SingleAsync()));
    }

    [Fact]
    public async Task A_member_sees_the_list_but_cannot_erase_or_keep()
    {
        await QuietProspectAsync("Hélène Silencieuse");
        await SignInAsAsync(Roles.Member);

        var page = RenderPage<RetentionPage>("/privacy/retention");

        page.WaitForAssertion(() => Assert.Contains("Hélène Silencieuse", page.Markup));
        Assert.Empty(page.FindAll("[data-testid=retention-actions]"));
    }
}
