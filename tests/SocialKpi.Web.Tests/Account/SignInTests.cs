using Microsoft.Extensions.DependencyInjection;
using System.Net;
using SocialKpi.Users;

namespace SocialKpi.Web.Tests.Account;

public sealed class SignInTests(SocialKpiFactory factory) : IClassFixture<SocialKpiFactory>
{
    private async Task<HttpResponseMessage> SignInAsync(WebSession session, string email, string password, string returnUrl = "")
    {
        var page = await session.GetPageAsync("/account/signin" + returnUrl);
        return await session.SubmitAsync(page, "form[action^='/account/signin']", new() { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    private async Task<SocialKpi.Users.AppUser> MemberAsync()
    {
        await factory.EnsureOwnerAsync();
        return await factory.CreateUserAsync(Roles.Member);
    }

    [Fact]
    public async Task Signing_in_returns_to_the_page_asked_for()
    {
        var user = await MemberAsync();
        using var session = factory.NewSession();

        var response = await SignInAsync(session, user.Email!, SocialKpiFactory.Password, "?ReturnUrl=%2Fprospects");

        Assert.Equal("/prospects", response.RedirectPath());
        await session.GetPageAsync("/prospects");
    }

    [Fact]
    public async Task A_return_address_outside_the_app_is_ignored()
    {
        var user = await MemberAsync();
        using var session = factory.NewSession();

        var response = await SignInAsync(session, user.Email!, SocialKpiFactory.Password, "?ReturnUrl=https%3A%2F%2Fevil.example");

        Assert.Equal("/", response.RedirectPath());
    }

    [Fact]
    public async Task Unknown_accounts_and_wrong_passwords_get_the_same_answer_and_failures_never_lock_the_account()
    {
        var user = await MemberAsync();
        using var session = factory.NewSession(acceptLanguage: "en-GB");

        var unknown = await WebSession.ParseAsync(await SignInAsync(session, "personne@atelier.fr", "wrong-password-1"), "/account/signin");
        var wrong = await WebSession.ParseAsync(await SignInAsync(session, user.Email!, "wrong-password-1"), "/account/signin");
        for (var attempt = 2; attempt <= 8; attempt++)
            await SignInAsync(session, user.Email!, "wrong-password-" + attempt);
        var afterFailures = await SignInAsync(session, user.Email!, SocialKpiFactory.Password);

        Assert.Equal(["Wrong e-mail or password."], unknown.Messages());
        Assert.Equal(unknown.Messages(), wrong.Messages());
        Assert.Equal("/", afterFailures.RedirectPath());
    }

    [Fact]
    public async Task A_deactivated_user_is_told_so_only_with_the_right_password()
    {
        var user = await MemberAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserAccounts>().SetActiveAsync(user.Id, false)).Succeeded);
        using var session = factory.NewSession();

        var wrong = await WebSession.ParseAsync(await SignInAsync(session, user.Email!, "wrong-password-1"), "/account/signin");
        var right = await WebSession.ParseAsync(await SignInAsync(session, user.Email!, SocialKpiFactory.Password), "/account/signin");

        Assert.Equal(["E-mail ou mot de passe incorrect."], wrong.Messages());
        Assert.Equal(["Ce compte est désactivé : adressez-vous au propriétaire de l'espace."], right.Messages());
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var session = await factory.SignedInAsync(Roles.Member);
        var page = await session.GetPageAsync("/");

        var response = await session.SubmitAsync(page, "form[action='/account/signout']", []);

        Assert.Equal("/account/signin", response.RedirectPath());
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task The_language_switch_changes_the_interface_and_is_remembered()
    {
        using var session = await factory.SignedInAsync(Roles.Member);
        var french = await session.GetPageAsync("/prospects");
        Assert.Equal("Prospects", french.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Tableau de bord", french.QuerySelector(".mud-nav-link")!.TextContent.Trim());

        var switched = await session.Client.GetAsync("/culture?culture=en-GB&returnUrl=%2Fprospects");
        Assert.Equal("/prospects", switched.RedirectPath());
        var english = await session.GetPageAsync("/prospects");

        Assert.Equal("Dashboard", english.QuerySelector(".mud-nav-link")!.TextContent.Trim());
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_language_switch_only_returns_to_pages_of_the_app()
    {
        using var session = factory.NewSession();

        var response = await session.Client.GetAsync("/culture?culture=en-GB&returnUrl=https%3A%2F%2Fevil.example");

        Assert.Equal("/", response.RedirectPath());
    }

    [Theory]
    [InlineData("/prospects?stage=3", "/prospects?stage=3")]
    [InlineData("https://evil.example", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/\tevil", "/")]
    [InlineData("/prospects\r\nSet-Cookie: x=1", "/")]
    [InlineData("", "/")]
    public void Return_addresses_are_paths_of_this_site_without_control_characters(string asked, string used)
    {
        Assert.Equal(used, SocialKpi.Web.Infrastructure.AccountEndpoints.SafeReturnUrl(asked));
    }
}
