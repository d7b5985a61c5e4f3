using System.Net;
using AngleSharp.Dom;
using SocialKpi.Users;

namespace SocialKpi.Web.Tests.Account;

/// <summary>Each test starts from an empty workspace, as a fresh install does.</summary>
public sealed class FirstRunTests : IDisposable
{
    private readonly SocialKpiFactory factory = new();

    [Fact]
    public async Task The_first_visit_creates_the_owner_who_lands_signed_in_on_the_dashboard()
    {
        using var session = factory.NewSession();

        var first = await session.Client.GetAsync("/prospects");
        Assert.Equal("/account/setup", first.RedirectPath());
        var setup = await session.FollowAsync(first);
        var created = await session.SubmitAsync(setup, "form[action='/account/setup']", new()
        {
            ["Input.DisplayName"] = "Amélie Poulain",
            ["Input.Email"] = "amelie@cafe-des-2-moulins.fr",
            ["Input.Password"] = "motdepasse42",
            ["Input.ConfirmPassword"] = "motdepasse42",
        });

        var dashboard = await session.FollowAsync(created);
        Assert.Equal("Tableau de bord", dashboard.QuerySelector("h1")!.TextContent);
        Assert.Equal("amelie@cafe-des-2-moulins.fr", dashboard.QuerySelector("[data-testid=current-user]")!.TextContent);
        Assert.Equal(Roles.Owner, Assert.Single(await factory.UsersAsync()).Role);
    }

    [Fact]
    public async Task Of_ten_simultaneous_set_ups_exactly_one_creates_the_owner_and_the_others_go_to_sign_in()
    {
        var sessions = Enumerable.Range(0, 10).Select(_ => factory.NewSession()).ToList();
        var pages = await Task.WhenAll(sessions.Select(s => s.GetPageAsync("/account/setup")));

        var responses = await Task.WhenAll(sessions.Select((session, i) => session.SubmitAsync(pages[i], "form[action='/account/setup']", new()
        {
            ["Input.DisplayName"] = $"Candidat {i}",
            ["Input.Email"] = $"candidat{i}@atelier.fr",
            ["Input.Password"] = "motdepasse42",
            ["Input.ConfirmPassword"] = "motdepasse42",
        })));

        Assert.Equal(Roles.Owner, Assert.Single(await factory.UsersAsync()).Role);
        Assert.Equal(1, responses.Count(r => r.RedirectPath() == "/"));
        Assert.Equal(9, responses.Count(r => r.RedirectPath() == "/account/signin"));
        foreach (var session in sessions)
            session.Dispose();
    }

    [Fact]
    public async Task Bad_owner_details_show_every_message_and_create_nobody()
    {
        using var session = factory.NewSession();
        var setup = await session.GetPageAsync("/account/setup");

        var response = await session.SubmitAsync(setup, "form[action='/account/setup']", new()
        {
            ["Input.DisplayName"] = "",
            ["Input.Email"] = "amelie",
            ["Input.Password"] = "abc",
            ["Input.ConfirmPassword"] = "abd",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebSession.ParseAsync(response, "/account/setup");
        Assert.Equal("Saisissez votre nom tel que votre équipe le verra.", page.MessageFor("name"));
        Assert.Equal("Saisissez une adresse e-mail comme nom@exemple.fr.", page.MessageFor("email"));
        Assert.Equal("Les deux mots de passe sont différents.", page.MessageFor("confirm"));
        Assert.Equal("amelie", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#email")!.Value);
        Assert.Empty(await factory.UsersAsync());
    }

    [Fact]
    public async Task A_password_that_breaks_the_rules_is_explained_in_English_too()
    {
        using var session = factory.NewSession(acceptLanguage: "en-GB");
        var setup = await session.GetPageAsync("/account/setup");

        var response = await session.SubmitAsync(setup, "form[action='/account/setup']", new()
        {
            ["Input.DisplayName"] = "Amelie",
            ["Input.Email"] = "amelie@cafe.fr",
            ["Input.Password"] = "short",
            ["Input.ConfirmPassword"] = "short",
        });

        var page = await WebSession.ParseAsync(response, "/account/setup");
        Assert.Contains("The password must have at least 10 characters.", page.MessageFor("password"));
    }

    [Fact]
    public async Task Once_there_is_an_owner_setup_is_closed()
    {
        await factory.CreateUserAsync(Roles.Owner);
        using var session = factory.NewSession();

        var response = await session.Client.GetAsync("/account/setup");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/signin", response.RedirectPath());
    }

    public void Dispose() => factory.Dispose();
}
