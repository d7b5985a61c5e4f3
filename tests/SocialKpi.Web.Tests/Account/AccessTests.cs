using System.Net;
using SocialKpi.Users;

namespace SocialKpi.Web.Tests.Account;

public sealed class AccessTests : IClassFixture<SocialKpiFactory>
{
    private readonly SocialKpiFactory factory;

    public AccessTests(SocialKpiFactory factory) => this.factory = factory;

    private Task EnsureOwnerAsync() => factory.EnsureOwnerAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/prospects")]
    [InlineData("/prospects/new")]
    [InlineData("/prospects/1")]
    [InlineData("/prospects/1/edit")]
    [InlineData("/board")]
    [InlineData("/reports")]
    [InlineData("/settings")]
    [InlineData("/no-such-page")]
    public async Task Every_page_leads_to_sign_in_when_signed_out(string url)
    {
        await EnsureOwnerAsync();
        using var session = factory.NewSession();

        var response = await session.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/signin", response.RedirectPath());
    }

    [Fact]
    public async Task Health_is_open_and_says_only_whether_the_app_is_healthy()
    {
        await EnsureOwnerAsync();
        using var session = factory.NewSession();

        var response = await session.Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_Blazor_script_and_MudBlazor_are_served_by_the_app_itself()
    {
        await EnsureOwnerAsync();
        using var session = factory.NewSession();
        var signIn = await session.GetPageAsync("/account/signin");

        // Asset links carry a fingerprint; each one the page names must answer.
        var assets = signIn.QuerySelectorAll("link[rel=stylesheet], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .ToList();
        Assert.Contains(assets, a => a.Contains("blazor.web", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.Contains("MudBlazor.min", StringComparison.Ordinal));
        foreach (var asset in assets)
            Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/" + asset.TrimStart('/'))).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_without_the_antiforgery_token_is_refused()
    {
        var owner = await factory.CreateUserAsync(Roles.Member);
        using var session = factory.NewSession();

        var response = await session.Client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["Input.Email"] = owner.Email!,
            ["Input.Password"] = SocialKpiFactory.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("socialkpi.auth", StringComparison.Ordinal)));
    }
}
