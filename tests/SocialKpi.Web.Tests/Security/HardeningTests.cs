using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using SocialKpi.Users;

namespace SocialKpi.Web.Tests.Security;

/// <summary>What the app tells browsers and refuses at the HTTP level: headers, cookies, forms from elsewhere, password guessing.</summary>
public sealed class HardeningTests(SocialKpiFactory factory) : IClassFixture<SocialKpiFactory>
{
    [Theory]
    [InlineData("/account/signin")]
    [InlineData("/prospects")]
    public async Task Every_page_carries_the_security_headers(string url)
    {
        using var session = await factory.SignedInAsync(Roles.Member);

        var response = await session.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join("", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", string.Join("", response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Cookies_are_secure_when_served_over_https()
    {
        await factory.EnsureOwnerAsync();
        var user = await factory.CreateUserAsync(Roles.Member);
        using var session = new WebSession(factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        }));

        var page = await session.GetPageAsync("/account/signin");
        var signedIn = await session.SubmitAsync(page, "form[action='/account/signin']", new() { ["Input.Email"] = user.Email!, ["Input.Password"] = SocialKpiFactory.Password });
        var language = await session.Client.GetAsync("/culture?culture=en-GB&returnUrl=%2F");

        var cookies = signedIn.Headers.GetValues("Set-Cookie").Concat(language.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("socialkpi.auth", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.All(cookies, c => Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_gets_a_short_400_page()
    {
        using var session = await factory.SignedInAsync(Roles.Member, acceptLanguage: "en-GB");

        var signOut = await session.Client.PostAsync("/account/signout", new FormUrlEncodedContent([]));
        var signIn = await session.Client.PostAsync("/account/signin", new FormUrlEncodedContent(
            [new("_handler", "signin"), new("Input.Email", "a@b.fr"), new("Input.Password", "motdepasse42")]));
        var foreignToken = await session.Client.PostAsync("/account/signout", new FormUrlEncodedContent([new("__RequestVerificationToken", "forged")]));

        foreach (var response in new[] { signOut, signIn, foreignToken })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("This form has expired or did not come from SocialKpi, so nothing was saved.", await response.Content.ReadAsStringAsync());
        }
        // Still signed in: the refused sign-out did nothing.
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/prospects")).StatusCode);
    }

    [Fact]
    public async Task Password_guessing_is_throttled_per_client_address_whatever_the_account()
    {
        using var throttled = new SocialKpiFactory { SignInAttemptsPerClient = null };
        await throttled.EnsureOwnerAsync();
        using var session = throttled.NewSession(acceptLanguage: "en-GB");
        var page = await session.GetPageAsync("/account/signin");

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 12; attempt++)
        {
            var response = await session.SubmitAsync(page, "form[action='/account/signin']", new() { ["Input.Email"] = $"guess{attempt}@atelier.fr", ["Input.Password"] = "motdepasse42" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                Assert.Contains("Too many failed sign-in attempts from your address", await response.Content.ReadAsStringAsync());
        }

        // The first ten are answered; by the twelfth the address waits (one attempt comes back every 30 seconds).
        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/account/signin")).StatusCode);
    }

    [Fact]
    public async Task A_team_behind_one_address_all_sign_in_but_once_guesses_used_it_up_even_the_right_password_waits()
    {
        using var throttled = new SocialKpiFactory { SignInAttemptsPerClient = null };
        await throttled.EnsureOwnerAsync();
        var team = new List<string>();
        for (var member = 0; member < 15; member++)
            team.Add((await throttled.CreateUserAsync(Roles.Member)).Email!);

        // Fifteen people of one office (one address), each signing in: more than the ten failures allowed.
        foreach (var email in team)
        {
            var session = throttled.NewSession();
            var response = await session.SubmitAsync(await session.GetPageAsync("/account/signin"), "form[action='/account/signin']", new() { ["Input.Email"] = email, ["Input.Password"] = SocialKpiFactory.Password });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var guesser = throttled.NewSession(acceptLanguage: "fr-FR");
        var page = await guesser.GetPageAsync("/account/signin");
        for (var guess = 1; guess <= 10; guess++)
        {
            var wrong = await guesser.SubmitAsync(page, "form[action='/account/signin']", new() { ["Input.Email"] = team[0], ["Input.Password"] = $"devinette{guess}" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        var right = await guesser.SubmitAsync(page, "form[action='/account/signin']", new() { ["Input.Email"] = team[0], ["Input.Password"] = SocialKpiFactory.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Equal("30", right.Headers.RetryAfter?.ToString());
        var shown = await WebSession.ParseAsync(right, "/account/signin");
        Assert.Contains("Trop de tentatives de connexion échouées depuis votre adresse", shown.Body!.TextContent);
        // The form is still there, without the password, to try again later.
        Assert.Equal("", shown.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#password")!.Value);
        Assert.False(right.Headers.Contains("Set-Cookie") && right.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".AspNetCore.Identity", StringComparison.Ordinal)));
    }
}
