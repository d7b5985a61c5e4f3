using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Users;

namespace SocialKpi.Web.Tests.Infrastructure;

public sealed class SettingsAndReportsTests(SocialKpiFactory factory) : IClassFixture<SocialKpiFactory>
{
    [Fact]
    public async Task The_owner_adds_a_channel_and_a_duplicate_name_is_refused()
    {
        using var owner = await factory.SignedInAsync(Roles.Owner);
        var settings = await owner.GetPageAsync("/settings");

        var added = await owner.SubmitAsync(settings, "form:has(#channel-name)", new() { ["NewChannel.Name"] = "Pinterest", ["NewChannel.Kind"] = "Social" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var again = await owner.SubmitAsync(await owner.GetPageAsync("/settings"), "form:has(#channel-name)", new() { ["NewChannel.Name"] = "pinterest" });
        var page = await WebSession.ParseAsync(again, "/settings");
        Assert.Equal("Un canal nommé pinterest existe déjà.", page.MessageFor("channel-name"));
        Assert.Equal(1, await factory.QueryAsync(db => db.Channels.CountAsync(c => c.Name.ToLower() == "pinterest")));
    }

    [Fact]
    public async Task The_owner_adds_a_member_who_can_then_sign_in()
    {
        using var owner = await factory.SignedInAsync(Roles.Owner);

        var added = await owner.SubmitAsync(await owner.GetPageAsync("/settings"), "form:has(#user-email)", new()
        {
            ["NewUser.DisplayName"] = "Jules Vernet",
            ["NewUser.Email"] = "jules@atelier.fr",
            ["NewUser.Password"] = SocialKpiFactory.Password,
            ["NewUser.Role"] = Roles.Member,
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        using var jules = factory.NewSession();
        var signIn = await jules.SubmitAsync(await jules.GetPageAsync("/account/signin"), "form[action='/account/signin']", new() { ["Input.Email"] = "jules@atelier.fr", ["Input.Password"] = SocialKpiFactory.Password });
        Assert.Equal("/", signIn.RedirectPath());
    }

    [Fact]
    public async Task A_member_sees_the_settings_but_no_form_and_cannot_archive_a_channel()
    {
        using var member = await factory.SignedInAsync(Roles.Member);
        var settings = await member.GetPageAsync("/settings");
        Assert.Null(settings.QuerySelector("#channel-name"));
        Assert.Null(settings.QuerySelector("#user-email"));

        var token = settings.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var response = await member.Client.PostAsync("/settings/channels/1/archive", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["archived"] = "true",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.StartsWith("/account/denied", response.RedirectPath());
        Assert.False(await factory.QueryAsync(db => db.Channels.Where(c => c.Id == 1).Select(c => c.IsArchived).SingleAsync()));
    }

    [Fact]
    public async Task Dashboard_board_and_reports_count_what_is_in_the_pipeline()
    {
        using var member = await factory.SignedInAsync(Roles.Member);
        var before = await factory.QueryAsync(db => db.Prospects.CountAsync());
        await member.SubmitAsync(await member.GetPageAsync("/prospects/new"), "form[action='/prospects/new']", new()
        {
            ["Input.Name"] = "Compté Une Fois",
            ["Input.SourceChannelId"] = "1",
            ["Input.EstimatedValue"] = "1000",
        });

        var dashboard = await member.GetPageAsync("/");
        Assert.Equal((before + 1).ToString(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), dashboard.QuerySelector("[data-testid=kpis] .fs-3")!.TextContent.Plain());
        var board = await member.GetPageAsync("/board");
        Assert.Equal(7, board.QuerySelectorAll("[data-testid=board] section").Length);
        var reports = await member.GetPageAsync("/reports");
        Assert.NotNull(reports.QuerySelector("[data-testid=conversion-by-source] a[href='/prospects?channel=1']"));
    }
}
