using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Users;

namespace SocialKpi.Web.Tests.Board;

public sealed class StagesPageTests(SocialKpiFactory factory) : IClassFixture<SocialKpiFactory>
{
    [Fact]
    public async Task The_owner_renames_a_stage_and_sets_its_stale_threshold()
    {
        using var owner = await factory.SignedInAsync(Roles.Owner);
        var page = await owner.GetPageAsync("/settings/stages");

        var saved = await owner.SubmitAsync(page, "form:has([data-testid=stages])", new()
        {
            ["Input.Stages[0].Name"] = "Abonné·e",
            ["Input.Stages[0].StaleAfterDays"] = "7",
        });

        Assert.Equal("/settings/stages?notice=stages-saved", saved.RedirectPath());
        var first = await factory.QueryAsync(db => db.Stages.OrderBy(s => s.Position).FirstAsync());
        Assert.Equal(("Abonné·e", 7), (first.Name, first.StaleAfterDays));
    }

    [Fact]
    public async Task A_bad_probability_is_explained_beside_its_field_and_nothing_changes()
    {
        using var owner = await factory.SignedInAsync(Roles.Owner);
        var page = await owner.GetPageAsync("/settings/stages");

        var response = await owner.SubmitAsync(page, "form:has([data-testid=stages])", new() { ["Input.Stages[2].WinProbability"] = "250" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await WebSession.ParseAsync(response, "/settings/stages");
        Assert.Contains("Indiquez une probabilité de gain de 0 à 100 %.", form.Messages());
        Assert.Equal(25, await factory.QueryAsync(db => db.Stages.Where(s => s.Position == 2).Select(s => s.WinProbability).SingleAsync()));
    }

    [Fact]
    public async Task Removing_a_stage_with_prospects_is_refused_with_the_reason()
    {
        using var owner = await factory.SignedInAsync(Roles.Owner);
        await owner.SubmitAsync(await owner.GetPageAsync("/prospects/new"), "form[action='/prospects/new']", new() { ["Input.Name"] = "Keeps Stage", ["Input.SourceChannelId"] = "1" });
        var page = await owner.GetPageAsync("/settings/stages");
        var firstStage = await factory.QueryAsync(db => db.Stages.OrderBy(s => s.Position).Select(s => s.Id).FirstAsync());
        var token = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

        var response = await owner.Client.PostAsync($"/settings/stages/{firstStage}/remove", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        var after = await owner.FollowAsync(response);
        Assert.Equal("Des prospects sont à cette étape : déplacez-les d'abord.", after.QuerySelector("[role=alert]")!.TextContent);
        Assert.True(await factory.QueryAsync(db => db.Stages.AnyAsync(s => s.Id == firstStage)));
    }

    [Fact]
    public async Task A_member_cannot_open_the_stages_page()
    {
        using var member = await factory.SignedInAsync(Roles.Member);

        var response = await member.Client.GetAsync("/settings/stages");

        Assert.StartsWith("/account/denied", response.RedirectPath());
    }
}
