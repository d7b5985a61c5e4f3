using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Users;

namespace SocialKpi.Web.Tests.Infrastructure;

public sealed class LossReasonsTests(SocialKpiFactory factory) : IClassFixture<SocialKpiFactory>
{
    [Fact]
    public async Task The_owner_edits_the_reasons_a_lost_move_offers()
    {
        using var owner = await factory.SignedInAsync(Roles.Owner);
        var settings = await owner.GetPageAsync("/settings");

        var added = await owner.SubmitAsync(settings, "form[action='/settings/loss-reasons']", new() { ["name"] = "Déménagé" });
        Assert.Equal("/settings?notice=reason-added", added.RedirectPath());
        var again = await owner.SubmitAsync(await owner.GetPageAsync("/settings"), "form[action='/settings/loss-reasons']", new() { ["name"] = "déménagé" });
        Assert.Equal("La raison « déménagé » existe déjà.", (await owner.FollowAsync(again)).QuerySelector("[data-testid=loss-reasons] [role=alert]")!.TextContent);

        var tooExpensive = await factory.QueryAsync(db => db.LossReasons.SingleAsync(r => r.Name == "Trop cher"));
        var page = await owner.GetPageAsync("/settings");
        await owner.SubmitAsync(page, $"form[action='/settings/loss-reasons/{tooExpensive.Id}/archive']", []);

        var created = await owner.SubmitAsync(await owner.GetPageAsync("/prospects/new"), "form[action='/prospects/new']", new() { ["Input.Name"] = "Reasons Shown", ["Input.SourceChannelId"] = "1" });
        var prospect = await owner.FollowAsync(created);
        var offered = prospect.QuerySelectorAll<IHtmlOptionElement>("#loss-reason option").Select(o => o.Text).ToList();
        Assert.Contains("Déménagé", offered);
        Assert.DoesNotContain("Trop cher", offered);
    }
}
