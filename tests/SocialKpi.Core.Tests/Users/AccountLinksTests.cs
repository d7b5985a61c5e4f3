using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Auditing;
using SocialKpi.Data;
using SocialKpi.Users;

namespace SocialKpi.Tests.Users;

public sealed class AccountLinksTests
{
    [Fact]
    public async Task An_invited_teammate_joins_with_the_role_chosen_by_the_owner_and_their_own_password()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var (links, owner) = await OwnerAsync(scope);

        var invitation = await links.InviteAsync(" camille@atelier.fr ", Roles.Viewer, owner.Id);
        Assert.True(invitation.Succeeded);
        Assert.Equal(database.Clock.Now.UtcDateTime + AccountLinks.InvitationLifetime, invitation.ExpiresAt);
        Assert.Equal("camille@atelier.fr", Assert.Single(await links.PendingInvitationsAsync()).Email);

        var (opened, problem) = await links.OpenAsync(invitation.Token!, AccountLinkPurpose.Invitation);
        Assert.Null(problem);
        Assert.Equal(("camille@atelier.fr", Roles.Viewer), (opened!.Email, opened.Role));

        var joined = await links.AcceptInvitationAsync(invitation.Token!, "Camille Roux", "secretcamille1");

        Assert.True(joined.Succeeded);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True(await users.CheckPasswordAsync(joined.User!, "secretcamille1"));
        Assert.Contains(await scope.ServiceProvider.GetRequiredService<UserAccounts>().ListAsync(),
            u => u.Email == "camille@atelier.fr" && u.DisplayName == "Camille Roux" && u.Role == Roles.Viewer);
        Assert.Empty(await links.PendingInvitationsAsync());
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        Assert.Contains(db.AuditEntries, e => e.Action == AuditAction.UserInvited && e.UserId == owner.Id && e.Detail == "camille@atelier.fr (viewer)");
        Assert.Contains(db.AuditEntries, e => e.Action == AuditAction.InvitationAccepted && e.UserId == joined.User!.Id);
    }

    [Fact]
    public async Task A_link_works_once()
    {
        using var _ = new CultureScope("en-GB");
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var (links, owner) = await OwnerAsync(scope);
        var invitation = await links.InviteAsync("camille@atelier.fr", Roles.Member, owner.Id);
        Assert.True((await links.AcceptInvitationAsync(invitation.Token!, "Camille", "secretcamille1")).Succeeded);

        var again = await links.AcceptInvitationAsync(invitation.Token!, "Intrus", "secretintrus1");

        Assert.False(again.Succeeded);
        Assert.Equal("This link has already been used. Sign in, or ask the workspace's owner for a new one.", Assert.Single(again.Errors).ErrorMessage);
        Assert.Equal(2, (await scope.ServiceProvider.GetRequiredService<UserAccounts>().ListAsync()).Count);
    }

    [Fact]
    public async Task An_expired_or_withdrawn_link_says_so_in_the_user_language()
    {
        using var _ = new CultureScope("fr-FR");
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var (links, owner) = await OwnerAsync(scope);
        var expiring = await links.InviteAsync("camille@atelier.fr", Roles.Member, owner.Id);
        var withdrawn = await links.InviteAsync("jules@atelier.fr", Roles.Member, owner.Id);
        var julesInvitation = (await links.PendingInvitationsAsync()).Single(i => i.Email == "jules@atelier.fr");
        Assert.True((await links.WithdrawAsync(julesInvitation.Id, owner.Id)).Succeeded);

        database.Clock.Now += AccountLinks.InvitationLifetime;

        Assert.Equal("Ce lien a expiré. Demandez-en un nouveau au propriétaire de l'espace.",
            (await links.OpenAsync(expiring.Token!, AccountLinkPurpose.Invitation)).Problem);
        Assert.StartsWith("Ce lien ne fonctionne pas", (await links.AcceptInvitationAsync(withdrawn.Token!, "Jules", "secretjules12")).Errors[0].ErrorMessage);
        Assert.StartsWith("Ce lien ne fonctionne pas", (await links.OpenAsync("pas-un-lien", AccountLinkPurpose.Invitation)).Problem);
        Assert.Single(await scope.ServiceProvider.GetRequiredService<UserAccounts>().ListAsync());
    }

    [Fact]
    public async Task Inviting_again_replaces_the_pending_link_and_an_existing_user_cannot_be_invited()
    {
        using var _ = new CultureScope("en-GB");
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var (links, owner) = await OwnerAsync(scope);
        var first = await links.InviteAsync("camille@atelier.fr", Roles.Member, owner.Id);
        var second = await links.InviteAsync("Camille@Atelier.fr", Roles.Viewer, owner.Id);

        Assert.Equal(Roles.Viewer, Assert.Single(await links.PendingInvitationsAsync()).Role);
        Assert.NotNull((await links.OpenAsync(first.Token!, AccountLinkPurpose.Invitation)).Problem);
        Assert.Null((await links.OpenAsync(second.Token!, AccountLinkPurpose.Invitation)).Problem);

        var existing = await links.InviteAsync("lea@atelier.fr", Roles.Member, owner.Id);
        Assert.Equal("A user with the e-mail lea@atelier.fr already exists.", Assert.Single(existing.Errors).ErrorMessage);
        var invalid = await links.InviteAsync("pas un courriel", Roles.Member, owner.Id);
        Assert.Equal("Email", Assert.Single(invalid.Errors).PropertyName);
    }

    [Fact]
    public async Task Only_an_owner_makes_links()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var (links, owner) = await OwnerAsync(scope);
        var member = (await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync("camille@atelier.fr", "Camille", "motdepasse42", Roles.Member)).User!;

        Assert.False((await links.InviteAsync("jules@atelier.fr", Roles.Owner, member.Id)).Succeeded);
        Assert.False((await links.ResetLinkAsync(owner.Id, member.Id)).Succeeded);
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>().AccountLinks.ToListAsync());
    }

    [Fact]
    public async Task A_reset_link_sets_a_new_password_and_stores_only_a_hash_of_the_secret()
    {
        using var _ = new CultureScope("en-GB");
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var (links, owner) = await OwnerAsync(scope);
        var member = (await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync("camille@atelier.fr", "Camille", "motdepasse42", Roles.Member)).User!;
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var stampBefore = await users.GetSecurityStampAsync(member);

        var reset = await links.ResetLinkAsync(member.Id, owner.Id);
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        Assert.DoesNotContain(await db.AccountLinks.Select(l => l.TokenHash).ToListAsync(), hash => hash.Contains(reset.Token!));
        Assert.Equal(database.Clock.Now.UtcDateTime + AccountLinks.ResetLifetime, reset.ExpiresAt);

        var weak = await links.ResetPasswordAsync(reset.Token!, "court");
        Assert.Equal("NewPassword", weak.Errors[0].PropertyName);
        Assert.True(await users.CheckPasswordAsync(member, "motdepasse42"));

        var done = await links.ResetPasswordAsync(reset.Token!, "nouveausecret9");

        Assert.True(done.Succeeded);
        var reloaded = (await users.FindByIdAsync(member.Id))!;
        Assert.True(await users.CheckPasswordAsync(reloaded, "nouveausecret9"));
        Assert.NotEqual(stampBefore, await users.GetSecurityStampAsync(reloaded));
        Assert.NotNull((await links.OpenAsync(reset.Token!, AccountLinkPurpose.PasswordReset)).Problem);
        Assert.Contains(db.AuditEntries, e => e.Action == AuditAction.PasswordResetLinkMade && e.UserId == owner.Id && e.Detail == "camille@atelier.fr");
        Assert.Contains(db.AuditEntries, e => e.Action == AuditAction.PasswordReset && e.UserId == member.Id);
    }

    [Fact]
    public async Task An_invitation_link_does_not_reset_a_password_nor_a_reset_link_invite()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var (links, owner) = await OwnerAsync(scope);
        var invitation = await links.InviteAsync("camille@atelier.fr", Roles.Member, owner.Id);
        var reset = await links.ResetLinkAsync(owner.Id, owner.Id);

        Assert.False((await links.ResetPasswordAsync(invitation.Token!, "nouveausecret9")).Succeeded);
        Assert.False((await links.AcceptInvitationAsync(reset.Token!, "Intrus", "nouveausecret9")).Succeeded);
    }

    [Fact]
    public async Task A_deactivated_user_gets_no_reset_link_and_a_pending_one_stops_working()
    {
        using var _ = new CultureScope("en-GB");
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var (links, owner) = await OwnerAsync(scope);
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var member = (await accounts.CreateAsync("camille@atelier.fr", "Camille", "motdepasse42", Roles.Member)).User!;
        var reset = await links.ResetLinkAsync(member.Id, owner.Id);

        await accounts.SetActiveAsync(member.Id, active: false, owner.Id);

        Assert.Equal("This user is deactivated: reactivate them first.", (await links.ResetLinkAsync(member.Id, owner.Id)).Errors[0].ErrorMessage);
        Assert.False((await links.ResetPasswordAsync(reset.Token!, "nouveausecret9")).Succeeded);
    }

    private static async Task<(AccountLinks Links, AppUser Owner)> OwnerAsync(AsyncServiceScope scope)
    {
        var owner = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateFirstOwnerAsync("lea@atelier.fr", "Léa", "motdepasse42");
        return (scope.ServiceProvider.GetRequiredService<AccountLinks>(), owner.User!);
    }
}
