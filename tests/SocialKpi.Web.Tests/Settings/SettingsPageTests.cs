using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Users;
using SocialKpi.Web.Features.Settings;

namespace SocialKpi.Web.Tests.Settings;

public sealed class SettingsPageTests : ComponentTest
{
    [Fact]
    public async Task The_owner_adds_a_channel_and_a_duplicate_name_is_refused_beside_the_field()
    {
        var page = RenderPage<SettingsPage>("/settings?tab=channels");
        page.WaitForElement("#channel-name");

        await page.Find("#channel-name").ChangeAsync(new ChangeEventArgs { Value = "Marché du samedi" });
        await page.Find("[data-testid=channel-add]").SubmitAsync();
        page.WaitForAssertion(() => Assert.Contains("Marché du samedi", page.Find("[data-testid=channels] table").TextContent));

        await page.Find("#channel-name").ChangeAsync(new ChangeEventArgs { Value = "instagram" });
        await page.Find("[data-testid=channel-add]").SubmitAsync();
        page.WaitForAssertion(() => Assert.Contains("existe", page.Find("[data-testid=channel-add]").TextContent));
        Assert.Equal(1, await QueryAsync(db => db.Channels.CountAsync(c => c.Name.ToLower() == "instagram")));
    }

    [Fact]
    public async Task The_owner_renames_a_channel()
    {
        var page = RenderPage<SettingsPage>("/settings?tab=channels");
        var row = page.WaitForElements("[data-testid=channel-row]").First(r => r.TextContent.Contains("Porte-à-porte", StringComparison.Ordinal));

        await row.QuerySelectorAll("button").First(b => b.TextContent.Trim() == "Renommer").ClickAsync(new MouseEventArgs());
        var field = page.WaitForElement("[data-testid=channel-row] input[id^=rename-]");
        await field.ChangeAsync(new ChangeEventArgs { Value = "Porte-à-porte du quartier" });
        await page.Find("[data-testid=channel-row] form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains("Porte-à-porte du quartier", page.Find("[data-testid=channels] table").TextContent));
        Assert.True(await QueryAsync(db => db.Channels.AnyAsync(c => c.Name == "Porte-à-porte du quartier")));
    }

    [Fact]
    public async Task The_owner_merges_a_duplicate_channel_into_another_and_its_prospects_follow()
    {
        await Run((SocialKpi.Channels.ChannelService s) => s.CreateAsync(new SocialKpi.Channels.ChannelInput { Name = "Insta", Kind = SocialKpi.Channels.ChannelKind.Social }));
        var prospect = await ProspectAsync("Hélène Léger", channel: "Insta");
        var page = RenderPage<SettingsPage>("/settings?tab=channels");
        var row = page.WaitForElements("[data-testid=channel-row]").First(r => r.TextContent.Contains("Insta", StringComparison.Ordinal) && !r.TextContent.Contains("Instagram", StringComparison.Ordinal));

        row.QuerySelectorAll("button").First(b => b.TextContent.Trim() == "Fusionner…").Click();
        Dialogs.WaitForAssertion(() => Assert.Contains("Tout ce qui concerne Insta", Dialogs.Find(".mud-dialog").TextContent));
        await ChooseAsync(Dialogs.FindComponent<MudBlazor.MudSelect<int?>>(), "Instagram");
        await Dialogs.Find("[data-testid=merge-confirm]").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.DoesNotContain(page.FindAll("[data-testid=channel-row]"), r => r.TextContent.Contains("Insta", StringComparison.Ordinal) && !r.TextContent.Contains("Instagram", StringComparison.Ordinal)));
        Assert.Contains("Insta est fusionné dans Instagram.", Snackbars());
        Assert.Equal("Instagram", await QueryAsync(db => db.Prospects.Where(p => p.Id == prospect).Select(p => p.SourceChannel!.Name).SingleAsync()));
    }

    [Fact]
    public async Task The_owner_deactivates_a_member_and_cannot_deactivate_themselves()
    {
        var owner = Me;
        await SignInAsAsync(Roles.Member, "Jules Martin");
        var member = Me;
        await SignInAsAsync(Roles.Owner, "Léa Martin");
        var page = RenderPage<SettingsPage>("/settings?tab=users");
        var julesRow = page.WaitForElements("[data-testid=user-row]").First(r => r.TextContent.Contains("Jules Martin", StringComparison.Ordinal));
        var myRow = page.FindAll("[data-testid=user-row]").First(r => r.TextContent.Contains("Léa Martin", StringComparison.Ordinal));
        Assert.Empty(myRow.QuerySelectorAll("button"));

        await julesRow.QuerySelector("button[aria-label='Désactiver Jules Martin']")!.ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Contains("Désactivé", page.FindAll("[data-testid=user-row]").First(r => r.TextContent.Contains("Jules Martin", StringComparison.Ordinal)).TextContent));
        Assert.Contains("Jules Martin ne peut plus se connecter ; ses sessions ouvertes sont fermées.", Snackbars());
        Assert.False(await QueryAsync(db => db.Users.Where(u => u.Id == member.Id).Select(u => u.IsActive).SingleAsync()));
        Assert.True(await QueryAsync(db => db.Users.Where(u => u.Id == owner.Id).Select(u => u.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task The_owner_changes_a_role_and_each_user_renames_themselves()
    {
        await SignInAsAsync(Roles.Member, "Jules Martin");
        var jules = Me;
        await SignInAsAsync(Roles.Owner, "Léa Martin");
        var page = RenderPage<SettingsPage>("/settings?tab=users");
        page.WaitForElements("[data-testid=user-row]");
        var julesRole = page.FindComponents<MudBlazor.MudSelect<string>>()
            .Single(s => s.Instance.UserAttributes.TryGetValue("aria-label", out var label) && label?.ToString() == "Rôle de Jules Martin");

        await ChooseAsync(julesRole, "Lecteur (lecture seule)");

        page.WaitForAssertion(() => Assert.Contains("Jules Martin est désormais Lecteur (lecture seule) ; ses pages ouvertes lui demanderont de se reconnecter.", Snackbars()));
        Assert.Equal(Roles.Viewer, (await Run((UserAccounts a) => a.ListAsync())).Single(u => u.Id == jules.Id).Role);

        await page.Find("#my-name").ChangeAsync(new ChangeEventArgs { Value = "" });
        await page.Find("[data-testid=my-name-save]").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Contains("Saisissez votre nom tel que votre équipe le verra.", page.Find("[data-testid=my-name]").TextContent));
        await page.Find("#my-name").ChangeAsync(new ChangeEventArgs { Value = "Léa M." });
        await page.Find("[data-testid=my-name-save]").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=user-row]"), r => r.TextContent.Contains("Léa M.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_lookback_out_of_range_stays_in_the_field_with_the_reason_and_the_saved_one_is_kept()
    {
        var page = RenderPage<SettingsPage>("/settings?tab=attribution");
        page.WaitForElement("#lookback-days");

        await page.Find("#lookback-days").ChangeAsync(new ChangeEventArgs { Value = "0" });
        await page.Find("[data-testid=attribution-settings] form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains("3", page.Find("[data-testid=attribution-settings] .mud-input-error").TextContent));
        Assert.Equal("0", page.Find("#lookback-days").GetAttribute("value"));
        Assert.Contains("90", page.Find("[data-testid=lookback-current]").TextContent);
    }

    [Fact]
    public async Task The_owner_adds_a_loss_reason()
    {
        var page = RenderPage<SettingsPage>("/settings?tab=loss-reasons");
        page.WaitForElement("#new-loss-reason");

        await page.Find("#new-loss-reason").ChangeAsync(new ChangeEventArgs { Value = "Déménage" });
        await page.Find("[data-testid=loss-reasons] form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains("Déménage", page.Find("[data-testid=loss-reasons]").TextContent));
    }

    [Fact]
    public async Task Stages_reorder_with_the_arrows_and_open_stages_stay_before_won_and_lost()
    {
        var page = RenderPage<SettingsPage>("/settings?tab=stages");
        page.WaitForElements("[data-testid=stage-row]");

        await page.Find("button[aria-label='Avancer Engagé']").ClickAsync(new MouseEventArgs());

        var order = await QueryAsync(db => db.Stages.OrderBy(s => s.Position).Select(s => s.Name).ToListAsync());
        Assert.Equal("Engagé", order[0]);
        Assert.Equal(["Client", "Perdu"], order[^2..]);
    }

    [Fact]
    public async Task The_owner_invites_a_teammate_by_a_link_shown_once_and_can_withdraw_it()
    {
        var page = RenderPage<SettingsPage>("/settings?tab=users");
        page.WaitForElement("#invite-email");

        await page.Find("#invite-email").ChangeAsync(new ChangeEventArgs { Value = "jules@atelier.fr" });
        await page.Find("[data-testid=user-invite]").SubmitAsync();

        var url = page.WaitForElement("[data-testid=handover-link] input").GetAttribute("value")!;
        Assert.Matches("^http://localhost/account/invite/[A-Za-z0-9_-]{43}$", url);
        Assert.Contains("Lien d'invitation pour jules@atelier.fr", page.Find("[data-testid=handover-link]").TextContent);
        Assert.Contains("jules@atelier.fr", page.Find("[data-testid=pending-invitations]").TextContent);
        Assert.DoesNotContain("jules@atelier.fr", page.Find("[data-testid=users] table").TextContent);
        var copy = JSInterop.SetupVoid("navigator.clipboard.writeText", url);
        copy.SetVoidResult();
        await page.FindAll("[data-testid=handover-link] button").Single(b => b.TextContent.Contains("Copier le lien")).ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains("Lien copié.", page.Find("[data-testid=handover-link]").TextContent));
        copy.VerifyInvoke("navigator.clipboard.writeText");

        await page.Find("[aria-label=\"Retirer l'invitation de jules@atelier.fr\"]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=pending-invitations]")));
        Assert.Empty(page.FindAll("[data-testid=handover-link]"));
        Assert.Equal(0, await QueryAsync(db => db.AccountLinks.CountAsync()));
    }

    [Fact]
    public async Task Inviting_someone_already_in_the_workspace_is_refused_beside_the_field()
    {
        var page = RenderPage<SettingsPage>("/settings?tab=users");
        page.WaitForElement("#invite-email");
        var ownerEmail = page.Find("[data-testid=user-row] td:nth-child(2)").TextContent;

        await page.Find("#invite-email").ChangeAsync(new ChangeEventArgs { Value = ownerEmail });
        await page.Find("[data-testid=user-invite]").SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains($"Un utilisateur avec l'e-mail {ownerEmail} existe déjà.", page.Find("[data-testid=user-invite]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=handover-link]"));
    }

    [Fact]
    public async Task The_owner_makes_a_password_reset_link_for_a_teammate()
    {
        var member = await Run((UserAccounts a) => a.CreateAsync("camille@atelier.fr", "Camille", "motdepasse42", Roles.Member));
        var page = RenderPage<SettingsPage>("/settings?tab=users");

        await page.WaitForElement("[aria-label='Réinitialiser le mot de passe de Camille']").ClickAsync(new());

        var url = page.WaitForElement("[data-testid=handover-link] input").GetAttribute("value")!;
        Assert.StartsWith("http://localhost/account/reset/", url);
        Assert.Contains("Lien de réinitialisation du mot de passe pour Camille", page.Find("[data-testid=handover-link]").TextContent);
        Assert.Equal(member.User!.Id, await QueryAsync(db => db.AccountLinks.Select(l => l.UserId).SingleAsync()));
    }

    [Fact]
    public async Task A_member_reads_the_settings_without_forms()
    {
        await SignInAsAsync(Roles.Member);

        var page = RenderPage<SettingsPage>("/settings?tab=channels");

        page.WaitForAssertion(() => Assert.Contains("Instagram", page.Find("[data-testid=channels]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=channel-add]"));
        Assert.DoesNotContain(page.FindAll("[data-testid=channel-row] button"), b => b.TextContent.Trim() is "Archiver" or "Renommer");
    }
}
