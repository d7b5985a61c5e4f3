using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Users;

namespace SocialKpi.Web.Tests.Infrastructure;

public sealed class AttributionSettingsTests(SocialKpiFactory factory) : IClassFixture<SocialKpiFactory>
{
    private static string LookbackField(AngleSharp.Dom.IDocument page) =>
        page.QuerySelector<IHtmlInputElement>("#lookback-days")!.Value;

    [Fact]
    public async Task The_owner_sets_the_lookback_window_and_reports_use_it_unless_the_address_says_otherwise()
    {
        using var owner = await factory.SignedInAsync(Roles.Owner);
        Assert.Equal("90", LookbackField(await owner.GetPageAsync("/settings")));

        var saved = await owner.SubmitAsync(await owner.GetPageAsync("/settings"), "form[action='/settings/attribution']", new() { ["lookbackDays"] = "30" });

        Assert.Equal("/settings?notice=lookback-saved", saved.RedirectPath());
        Assert.Equal("30", LookbackField(await owner.FollowAsync(saved)));
        Assert.Equal("30", (await owner.GetPageAsync("/reports/attribution")).QuerySelector<IHtmlInputElement>("#lookback")!.Value);
        Assert.Equal("45", (await owner.GetPageAsync("/reports/attribution?lookback=45")).QuerySelector<IHtmlInputElement>("#lookback")!.Value);
    }

    [Fact]
    public async Task A_value_out_of_range_is_refused_in_the_field_and_the_saved_one_stays()
    {
        using var owner = await factory.SignedInAsync(Roles.Owner);
        var before = LookbackField(await owner.GetPageAsync("/settings"));

        var refused = await owner.SubmitAsync(await owner.GetPageAsync("/settings"), "form[action='/settings/attribution']", new() { ["lookbackDays"] = "4000" });
        var page = await owner.FollowAsync(refused);

        Assert.Equal("La fenêtre d'attribution est un nombre entier de jours, de 1 à 3 650.", page.QuerySelector("#lookback-days-error")!.TextContent);
        Assert.Equal("4000", LookbackField(page));
        Assert.Equal(before, LookbackField(await owner.GetPageAsync("/settings")));
    }

    [Fact]
    public async Task Members_read_the_window_but_cannot_change_it()
    {
        using var member = await factory.SignedInAsync(Roles.Member);
        var page = await member.GetPageAsync("/settings");

        Assert.Null(page.QuerySelector("form[action='/settings/attribution']"));
        Assert.StartsWith("Les rapports comptent les contacts des", page.QuerySelector("[data-testid=attribution-settings] p")!.TextContent);
        var token = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var post = await member.Client.PostAsync("/settings/attribution", new FormUrlEncodedContent([new("lookbackDays", "7"), new("__RequestVerificationToken", token)]));
        Assert.StartsWith("/account/denied", post.RedirectPath());
        Assert.NotEqual(7, await factory.QueryAsync(db => db.WorkspaceSettings.Select(s => s.AttributionLookbackDays).FirstOrDefaultAsync()));
    }
}
