using System.Net;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Users;
using SocialKpi.Web.Infrastructure;

namespace SocialKpi.Web.Tests.Security;

/// <summary>
/// A session cookie copied elsewhere (another device, a thief) must stop working once its owner
/// signs out, changes password or is deactivated: at its next request.
/// </summary>
public sealed class SessionTests(SocialKpiFactory factory) : IClassFixture<SocialKpiFactory>
{
    private sealed record SignedIn(WebSession Session, string Cookie, AppUser User) : IDisposable
    {
        public void Dispose() => Session.Dispose();
    }

    private async Task<SignedIn> SignInAsync(AppUser? user = null)
    {
        await factory.EnsureOwnerAsync();
        user ??= await factory.CreateUserAsync(Roles.Member);
        var session = factory.NewSession();
        var page = await session.GetPageAsync("/account/signin");
        var response = await session.SubmitAsync(page, "form[action='/account/signin']", new() { ["Input.Email"] = user.Email!, ["Input.Password"] = SocialKpiFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = string.Join("; ", response.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("socialkpi.auth", StringComparison.Ordinal)).Select(c => c.Split(';')[0]));
        Assert.NotEmpty(cookie);
        return new SignedIn(session, cookie, user);
    }

    /// <summary>Another client that sends exactly the copied cookie, as a replay would.</summary>
    private HttpClient Replaying(string cookie)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    /// <summary>
    /// The next request, a second later on the app's clock: a cookie records when it was issued to
    /// the second, and is checked on every request that comes after that.
    /// </summary>
    private async Task AssertSignedOutAsync(HttpClient client)
    {
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var response = await client.GetAsync("/prospects");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/signin", response.RedirectPath());
    }

    [Fact]
    public async Task A_copied_cookie_stops_working_as_soon_as_the_user_signs_out()
    {
        using var signedIn = await SignInAsync();
        using var copy = Replaying(signedIn.Cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/prospects")).StatusCode);

        var page = await signedIn.Session.GetPageAsync("/");
        await signedIn.Session.SubmitAsync(page, "form[action='/account/signout']", []);

        await AssertSignedOutAsync(copy);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/reports/attribution")).StatusCode);
    }

    [Fact]
    public async Task Deactivating_a_user_ends_their_sessions_at_once()
    {
        using var signedIn = await SignInAsync();
        using var copy = Replaying(signedIn.Cookie);

        await using (var scope = factory.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserAccounts>().SetActiveAsync(signedIn.User.Id, false)).Succeeded);

        await AssertSignedOutAsync(copy);
        await AssertSignedOutAsync(signedIn.Session.Client);
    }

    [Fact]
    public async Task Changing_the_password_keeps_this_session_and_ends_the_others()
    {
        using var here = await SignInAsync();
        using var elsewhere = await SignInAsync(here.User);
        var form = await here.Session.GetPageAsync("/account/password");

        var response = await here.Session.SubmitAsync(form, "form[action='/account/password']", new()
        {
            ["Input.CurrentPassword"] = SocialKpiFactory.Password,
            ["Input.NewPassword"] = "nouveaumotdepasse7",
            ["Input.ConfirmPassword"] = "nouveaumotdepasse7",
        });

        var done = await WebSession.ParseAsync(response, "/account/password");
        Assert.Equal("Votre mot de passe est changé. Vos autres sessions sont fermées.", done.QuerySelector("[data-testid=password-changed]")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await here.Session.Client.GetAsync("/prospects")).StatusCode);
        await AssertSignedOutAsync(elsewhere.Session.Client);
    }

    [Fact]
    public async Task A_wrong_current_password_changes_nothing_and_says_why()
    {
        using var here = await SignInAsync();
        var form = await here.Session.GetPageAsync("/account/password");

        var response = await here.Session.SubmitAsync(form, "form[action='/account/password']", new()
        {
            ["Input.CurrentPassword"] = "pas-le-bon-1",
            ["Input.NewPassword"] = "nouveaumotdepasse7",
            ["Input.ConfirmPassword"] = "nouveaumotdepasse7",
        });

        var page = await WebSession.ParseAsync(response, "/account/password");
        Assert.Equal("Le mot de passe actuel est incorrect.", page.MessageFor("current"));
        await using var scope = factory.Services.CreateAsyncScope();
        var check = await scope.ServiceProvider.GetRequiredService<Credentials>().CheckAsync(here.User.Email!, SocialKpiFactory.Password);
        Assert.Equal(CredentialCheck.Valid, check.Result);
    }

    [Fact]
    public async Task An_open_circuit_stops_being_signed_in_once_the_user_is_deactivated_or_signs_out_elsewhere()
    {
        await factory.EnsureOwnerAsync();
        var member = await factory.CreateUserAsync(Roles.Member);
        var other = await factory.CreateUserAsync(Roles.Member);
        await using var scope = factory.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.SignInManager<AppUser>>();
        var options = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Identity.IdentityOptions>>().Value;
        var circuit = await signIn.CreateUserPrincipalAsync(member);
        var otherCircuit = await signIn.CreateUserPrincipalAsync(other);
        Assert.True(await SocialKpi.Web.Infrastructure.RevalidatingIdentityState.IsCurrentAsync(circuit, signIn.UserManager, options));

        Assert.True((await scope.ServiceProvider.GetRequiredService<UserAccounts>().SetActiveAsync(member.Id, false)).Succeeded);
        await signIn.UserManager.UpdateSecurityStampAsync((await signIn.UserManager.FindByIdAsync(other.Id))!);

        Assert.False(await SocialKpi.Web.Infrastructure.RevalidatingIdentityState.IsCurrentAsync(circuit, signIn.UserManager, options));
        Assert.False(await SocialKpi.Web.Infrastructure.RevalidatingIdentityState.IsCurrentAsync(otherCircuit, signIn.UserManager, options));
    }

    [Fact]
    public async Task An_open_page_of_a_user_is_signed_out_at_once_when_an_owner_changes_their_role_and_others_stay()
    {
        await factory.EnsureOwnerAsync();
        var member = await factory.CreateUserAsync(Roles.Member);
        var other = await factory.CreateUserAsync(Roles.Member);
        await using var memberCircuit = factory.Services.CreateAsyncScope();
        await using var otherCircuit = factory.Services.CreateAsyncScope();
        var memberPage = await SignedInCircuitAsync(memberCircuit, member);
        var otherPage = await SignedInCircuitAsync(otherCircuit, other);

        await using (var scope = factory.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserAccounts>().SetRoleAsync(member.Id, Roles.Viewer)).Succeeded);
        await memberPage.LastCheck!;
        await otherPage.LastCheck!;

        Assert.False((await memberPage.GetAuthenticationStateAsync()).User.Identity!.IsAuthenticated);
        Assert.True((await otherPage.GetAuthenticationStateAsync()).User.Identity!.IsAuthenticated);
    }

    /// <summary>What a circuit's authentication state is once the page is open: the user's principal.</summary>
    private static async Task<RevalidatingIdentityState> SignedInCircuitAsync(AsyncServiceScope circuit, AppUser user)
    {
        var signIn = circuit.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.SignInManager<AppUser>>();
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var state = (RevalidatingIdentityState)circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        state.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return state;
    }

    [Fact]
    public async Task A_cookie_from_one_instance_works_on_another_serving_the_same_database_until_the_user_signs_out()
    {
        using var signedIn = await SignInAsync();
        using var secondInstance = new SocialKpiFactory { SharedConnectionString = factory.ConnectionString };
        secondInstance.Clock.SetUtcNow(factory.Clock.GetUtcNow()); // the two instances share the time, as servers do
        using var onSecond = secondInstance.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        onSecond.DefaultRequestHeaders.Add("Cookie", signedIn.Cookie);
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/prospects")).StatusCode);

        var page = await signedIn.Session.GetPageAsync("/");
        await signedIn.Session.SubmitAsync(page, "form[action='/account/signout']", []);

        secondInstance.Clock.Advance(TimeSpan.FromSeconds(1));
        var response = await onSecond.GetAsync("/prospects");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/signin", response.RedirectPath());
    }
}
