using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SocialKpi.Data;
using SocialKpi.Prospects;
using SocialKpi.Users;

namespace SocialKpi.BrowserTests;

/// <summary>Data a browser test starts from, made through the services rather than clicked in.</summary>
public static class Workspace
{
    public const string Password = "motdepasse42";

    public static async Task<AppUser> OwnerAsync(AppServer server, string email = "owner@atelier.fr")
    {
        await using var scope = server.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(email, "Amélie Poulain", Password, Roles.Owner);
        return result.User ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    public static async Task<int> ProspectAsync(AppServer server, string name, string ownerId, string channel = "Instagram")
    {
        await using var scope = server.Services.CreateAsyncScope();
        var catalogue = scope.ServiceProvider.GetRequiredService<Catalogue>();
        var result = await scope.ServiceProvider.GetRequiredService<ProspectService>().CreateAsync(new ProspectInput
        {
            Name = name,
            SourceChannelId = (await catalogue.ChannelsAsync()).Single(c => c.Name == channel).Id,
            StageId = (await catalogue.StagesAsync()).First().Id,
            OwnerId = ownerId,
        }, ownerId);
        return result.Id ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    /// <summary>A teammate's move, made through the service (so no open page hears of it).</summary>
    public static async Task MoveAsync(AppServer server, int prospectId, string stage)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var target = (await scope.ServiceProvider.GetRequiredService<Catalogue>().StagesAsync()).Single(s => s.Name == stage);
        var prospects = scope.ServiceProvider.GetRequiredService<ProspectService>();
        var version = (await prospects.GetAsync(prospectId))!.Version;
        var result = await prospects.ChangeStageAsync(prospectId, new SocialKpi.Pipeline.StageMoveInput { StageId = target.Id, Version = version }, null);
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    public static async Task SignInAsync(IPage page, AppServer server, string email)
    {
        await page.GotoAsync(server.BaseUrl + "/account/signin");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(Password);
        await page.Locator("#password").PressAsync("Enter");
        await page.WaitForURLAsync(server.BaseUrl + "/");
        await WaitForCircuitAsync(page);
    }

    /// <summary>
    /// Pages are rendered on the server first and become interactive once their circuit is up; the
    /// layout marks that moment, and tests wait for it instead of for a fixed delay.
    /// </summary>
    public static Task WaitForCircuitAsync(IPage page) =>
        page.Locator("[data-circuit=ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    public static async Task GoToAsync(IPage page, AppServer server, string path)
    {
        await page.GotoAsync(server.BaseUrl + path);
        await WaitForCircuitAsync(page);
    }
}
