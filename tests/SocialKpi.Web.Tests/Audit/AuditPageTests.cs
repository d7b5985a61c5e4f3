using Bunit;
using Microsoft.AspNetCore.Components;
using SocialKpi.Auditing;
using SocialKpi.Users;
using SocialKpi.Web.Features.Audit;
using SocialKpi.Web.Features.Prospects;

namespace SocialKpi.Web.Tests.Audit;

public sealed class AuditPageTests : ComponentTest
{
    [Fact]
    public async Task The_owner_sees_who_viewed_a_prospect_and_filters_by_action_through_the_address()
    {
        var owner = Me;
        await SignInAsAsync(Roles.Member, "Marc Membre");
        var id = await ProspectAsync("Hélène Léger", owner.Id);
        var prospect = RenderPage<ProspectPage>($"/prospects/{id}", p => p.Add(x => x.Id, id));
        prospect.WaitForElement("[data-testid=quick-log]");
        prospect.Dispose();
        await SignInAsAsync(Roles.Owner);

        var page = RenderPage<AuditPage>("/audit?action=ProspectViewed");

        page.WaitForAssertion(() =>
        {
            var row = Assert.Single(page.FindAll("[data-testid=audit-grid] tbody tr"));
            Assert.Contains("Marc Membre", row.TextContent);
            Assert.Contains("Fiche prospect consultée", row.TextContent);
            Assert.Contains($"#{id}", row.TextContent);
        });
        Assert.Equal("/api/audit.csv?action=ProspectViewed", page.Find("[data-testid=audit-csv]").GetAttribute("href"));
        Assert.Contains("conservées 365 jours", page.Markup);
    }

    [Fact]
    public async Task A_member_is_told_the_log_is_the_owners()
    {
        await SignInAsAsync(Roles.Member);

        var page = RenderPage<AuditPage>("/audit");

        Assert.Contains("Seul le propriétaire consulte le journal d'audit.", page.Find("[data-testid=audit-owners-only]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=audit-grid]"));
        Assert.Empty(page.FindAll("[data-testid=audit-csv]"));
    }
}
