using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Users;

namespace SocialKpi.Web.Tests.Account;

/// <summary>The pages an invitation or a reset link opens: static forms that end signed in.</summary>
public sealed class AccountLinkTests(SocialKpiFactory factory) : IClassFixture<SocialKpiFactory>
{
    [Fact]
    public async Task An_invited_teammate_chooses_a_name_and_password_and_lands_signed_in()
    {
        var email = $"camille-{Guid.NewGuid():N}@atelier.fr";
        var token = await MakeLinkAsync(links => links.InviteAsync(email, Roles.Viewer, null));
        using var session = factory.NewSession();

        var page = await session.GetPageAsync($"/account/invite/{token}");
        Assert.Contains(email, page.QuerySelector("[data-testid=join-intro]")!.TextContent);
        Assert.Contains("« Lecteur (lecture seule) »", page.QuerySelector("[data-testid=join-intro]")!.TextContent);
        var joined = await session.SubmitAsync(page, "form", new()
        {
            ["Input.DisplayName"] = "Camille Roux",
            ["Input.Password"] = "secretcamille1",
            ["Input.ConfirmPassword"] = "secretcamille1",
        });

        Assert.Equal("/", joined.RedirectPath());
        var dashboard = await session.FollowAsync(joined);
        Assert.Equal(email, dashboard.QuerySelector("[data-testid=current-user]")!.TextContent);
        Assert.Contains(await factory.UsersAsync(), u => u.Email == email && u.DisplayName == "Camille Roux" && u.Role == Roles.Viewer);

        using var other = factory.NewSession("en-GB");
        var used = await other.GetPageAsync($"/account/invite/{token}");
        Assert.Equal("This link has already been used. Sign in, or ask the workspace's owner for a new one.",
            used.QuerySelector("[data-testid=link-problem]")!.TextContent.Trim());
        Assert.Null(used.QuerySelector("form"));
    }

    [Fact]
    public async Task A_bad_join_form_shows_every_message_and_keeps_the_link_working()
    {
        var email = $"jules-{Guid.NewGuid():N}@atelier.fr";
        var token = await MakeLinkAsync(links => links.InviteAsync(email, Roles.Member, null));
        using var session = factory.NewSession("en-GB");
        var page = await session.GetPageAsync($"/account/invite/{token}");

        var response = await session.SubmitAsync(page, "form", new()
        {
            ["Input.DisplayName"] = "Jules",
            ["Input.Password"] = "court",
            ["Input.ConfirmPassword"] = "court",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await WebSession.ParseAsync(response, $"/account/invite/{token}");
        Assert.Contains("at least 10 characters", again.MessageFor("password"));
        Assert.Equal("Jules", again.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#name")!.Value);
        Assert.DoesNotContain(await factory.UsersAsync(), u => u.Email == email);
        Assert.NotNull((await session.GetPageAsync($"/account/invite/{token}")).QuerySelector("form"));
    }

    [Fact]
    public async Task A_reset_link_sets_a_new_password_that_signs_in_and_the_old_one_no_longer_does()
    {
        await factory.EnsureOwnerAsync();
        var member = await factory.CreateUserAsync(Roles.Member);
        var token = await MakeLinkAsync(links => links.ResetLinkAsync(member.Id, null));
        using var session = factory.NewSession();

        var page = await session.GetPageAsync($"/account/reset/{token}");
        Assert.Contains(member.Email!, page.QuerySelector("[data-testid=reset-intro]")!.TextContent);
        var reset = await session.SubmitAsync(page, "form", new() { ["Input.NewPassword"] = "nouveausecret9", ["Input.ConfirmPassword"] = "nouveausecret9" });

        Assert.Equal("/", reset.RedirectPath());
        await session.GetPageAsync("/prospects");
        using var oldPassword = factory.NewSession();
        var signIn = await oldPassword.GetPageAsync("/account/signin");
        var refused = await oldPassword.SubmitAsync(signIn, "form[action='/account/signin']", new() { ["Input.Email"] = member.Email!, ["Input.Password"] = SocialKpiFactory.Password });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
    }

    [Fact]
    public async Task A_made_up_link_says_it_does_not_work()
    {
        await factory.EnsureOwnerAsync();
        using var session = factory.NewSession();

        var page = await session.GetPageAsync("/account/reset/nimportequoi");

        Assert.StartsWith("Ce lien ne fonctionne pas", page.QuerySelector("[data-testid=link-problem]")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("form"));
    }

    private async Task<string> MakeLinkAsync(Func<AccountLinks, Task<AccountLinkResult>> make)
    {
        await factory.EnsureOwnerAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var made = await make(scope.ServiceProvider.GetRequiredService<AccountLinks>());
        Assert.True(made.Succeeded, string.Join("; ", made.Errors));
        return made.Token!;
    }
}
