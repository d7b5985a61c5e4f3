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
    public async Task Client_libraries_are_served_from_the_app_itself()
    {
        using var session = factory.NewSession();

        foreach (var asset in new[] { "/lib/htmx.min.js", "/lib/bootstrap.min.css", "/css/app.css" })
            Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync(asset)).StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var session = await factory.SignedInAsync(Roles.Member);
        var form = await session.GetPageAsync("/prospects/new");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Assert.False(string.IsNullOrEmpty(token));

        var response = await session.Client.PostAsync("/prospects/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "prospect-create",
            ["Input.Name"] = "Forged",
            ["Input.SourceChannelId"] = "1",
            ["Input.StageId"] = "1",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var list = await session.GetPageAsync("/prospects?q=Forged");
        Assert.Contains("0", list.QuerySelector("[data-testid=result-count]")!.TextContent);
    }
}
