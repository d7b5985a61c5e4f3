using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Users;

namespace SocialKpi.Tests.Users;

public sealed class UserAccountsTests
{
    [Fact]
    public async Task The_first_owner_makes_the_workspace_set_up()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        Assert.False(await accounts.HasOwnerAsync());

        var member = await accounts.CreateAsync("camille@atelier.fr", "Camille", "motdepasse42", Roles.Member);
        Assert.True(member.Succeeded);
        Assert.False(await accounts.HasOwnerAsync());

        Assert.True((await accounts.CreateAsync("owner@atelier.fr", "Owner", "motdepasse42", Roles.Owner)).Succeeded);
        Assert.True(await accounts.HasOwnerAsync());
        Assert.Contains(await accounts.ListAsync(), u => u.Email == "camille@atelier.fr" && u.Role == Roles.Member);
    }

    [Fact]
    public async Task A_weak_password_is_refused_in_the_user_language()
    {
        using var _ = new CultureScope("fr-FR");
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();

        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync("a@b.fr", "A", "court", Roles.Owner);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.PropertyName == "Password" && e.ErrorMessage == "Le mot de passe doit comporter au moins 10 caractères.");
        Assert.Contains(result.Errors, e => e.ErrorMessage == "Le mot de passe doit contenir un chiffre.");
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<UserAccounts>().ListAsync());
    }

    [Fact]
    public async Task An_unknown_role_is_refused()
    {
        using var _ = new CultureScope("en-GB");
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();

        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync("a@b.fr", "A", "motdepasse42", "admin");

        Assert.Equal("Choose a role: owner, member or viewer.", Assert.Single(result.Errors).ErrorMessage);
    }

    [Fact]
    public async Task Only_the_first_set_up_creates_an_owner()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();

        var first = await accounts.CreateFirstOwnerAsync("lea@atelier.fr", "Léa", "motdepasse42");
        var second = await accounts.CreateFirstOwnerAsync("intrus@exemple.fr", "Intrus", "motdepasse42");

        Assert.True(first.Succeeded);
        Assert.True(second.AlreadySetUp);
        Assert.Equal("lea@atelier.fr", Assert.Single(await accounts.ListAsync()).Email);
    }

    [Fact]
    public async Task Of_simultaneous_set_ups_exactly_one_creates_the_owner_on_either_provider()
    {
        await using var database = await TestDatabase.CreateAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(async i =>
        {
            await using var scope = database.Scope();
            return await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateFirstOwnerAsync($"candidat{i}@atelier.fr", $"Candidat {i}", "motdepasse42");
        }));

        Assert.Equal(1, results.Count(r => r.Succeeded));
        Assert.Equal(4, results.Count(r => r.AlreadySetUp));
        await using var check = database.Scope();
        Assert.Single(await check.ServiceProvider.GetRequiredService<UserAccounts>().ListAsync());
    }

    [Fact]
    public async Task Only_an_owner_adds_users()
    {
        using var _ = new CultureScope("en-GB");
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var member = (await accounts.CreateAsync("camille@atelier.fr", "Camille", "motdepasse42", Roles.Member)).User!;

        var refused = await accounts.CreateAsync("ami@atelier.fr", "Ami", "motdepasse42", Roles.Owner, actorId: member.Id);

        Assert.Equal("Only the owner changes the settings.", Assert.Single(refused.Errors).ErrorMessage);
        Assert.Single(await accounts.ListAsync());
    }

    [Theory]
    [InlineData("Léa\0Martin", "This text holds an invisible control character: retype it.")]
    [InlineData("Léa\u0007", "This text holds an invisible control character: retype it.")]
    public async Task A_name_with_control_characters_is_refused(string escaped, string message)
    {
        using var _ = new CultureScope("en-GB");
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();

        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
            .CreateAsync("lea@atelier.fr", System.Text.RegularExpressions.Regex.Unescape(escaped), "motdepasse42", Roles.Owner);

        Assert.Equal(message, Assert.Single(result.Errors).ErrorMessage);
    }

    [Fact]
    public async Task A_long_name_is_refused_and_bidi_overrides_are_removed()
    {
        using var _ = new CultureScope("en-GB");
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();

        var tooLong = await accounts.CreateAsync("lea@atelier.fr", new string('a', 10_000), "motdepasse42", Roles.Owner);
        var spoofed = await accounts.CreateAsync("lea@atelier.fr", "L\u202Eéa", "motdepasse42", Roles.Owner);

        Assert.Equal("This must be at most 200 characters.", Assert.Single(tooLong.Errors).ErrorMessage);
        Assert.Equal("Léa", spoofed.User!.DisplayName);
    }

    [Fact]
    public async Task Deactivating_a_user_changes_their_security_stamp_and_refuses_their_password()
    {
        using var _ = new CultureScope("en-GB");
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var owner = (await accounts.CreateAsync("lea@atelier.fr", "Léa", "motdepasse42", Roles.Owner)).User!;
        var member = (await accounts.CreateAsync("camille@atelier.fr", "Camille", "motdepasse42", Roles.Member)).User!;
        var stampBefore = member.SecurityStamp;

        Assert.Equal("Only the owner changes the settings.", Assert.Single((await accounts.SetActiveAsync(owner.Id, false, actorId: member.Id)).Errors).ErrorMessage);
        Assert.Equal("You cannot deactivate your own account: another owner must do it.",
            Assert.Single((await accounts.SetActiveAsync(owner.Id, false, actorId: owner.Id)).Errors).ErrorMessage);
        Assert.True((await accounts.SetActiveAsync(member.Id, false, actorId: owner.Id)).Succeeded);

        var stored = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(member.Id);
        Assert.NotEqual(stampBefore, stored!.SecurityStamp);
        Assert.Contains(await accounts.ListAsync(), u => u.Email == "camille@atelier.fr" && !u.IsActive);
        var credentials = scope.ServiceProvider.GetRequiredService<Credentials>();
        Assert.Equal(CredentialCheck.Deactivated, (await credentials.CheckAsync("camille@atelier.fr", "motdepasse42")).Result);

        Assert.True((await accounts.SetActiveAsync(member.Id, true, actorId: owner.Id)).Succeeded);
        Assert.Equal(CredentialCheck.Valid, (await credentials.CheckAsync("camille@atelier.fr", "motdepasse42")).Result);
    }

    [Fact]
    public async Task An_unknown_e_mail_and_a_wrong_password_get_the_same_answer_and_never_lock_the_account()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync("lea@atelier.fr", "Léa", "motdepasse42", Roles.Owner);
        var credentials = scope.ServiceProvider.GetRequiredService<Credentials>();

        Assert.Equal((CredentialCheck.Wrong, null), await credentials.CheckAsync("personne@atelier.fr", "motdepasse42"));
        for (var attempt = 0; attempt < 10; attempt++)
            Assert.Equal((CredentialCheck.Wrong, null), await credentials.CheckAsync("lea@atelier.fr", "mauvais" + attempt));

        var (result, user) = await credentials.CheckAsync(" lea@atelier.fr ", "motdepasse42");
        Assert.Equal(CredentialCheck.Valid, result);
        Assert.Equal("Léa", user!.DisplayName);
    }

    [Fact]
    public async Task Changing_a_password_needs_the_current_one_and_changes_the_stamp()
    {
        using var _ = new CultureScope("fr-FR");
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var user = (await accounts.CreateAsync("lea@atelier.fr", "Léa", "motdepasse42", Roles.Owner)).User!;
        var stampBefore = user.SecurityStamp;

        var wrong = await accounts.ChangePasswordAsync(user.Id, "pasleb0n", "nouveaumotdepasse1");
        var weak = await accounts.ChangePasswordAsync(user.Id, "motdepasse42", "court");
        var changed = await accounts.ChangePasswordAsync(user.Id, "motdepasse42", "nouveaumotdepasse1");

        Assert.Equal(("CurrentPassword", "Le mot de passe actuel est incorrect."), (Assert.Single(wrong.Errors).PropertyName, wrong.Errors[0].ErrorMessage));
        Assert.Equal("NewPassword", Assert.Single(weak.Errors).PropertyName);
        Assert.True(changed.Succeeded);
        var credentials = scope.ServiceProvider.GetRequiredService<Credentials>();
        Assert.Equal(CredentialCheck.Valid, (await credentials.CheckAsync("lea@atelier.fr", "nouveaumotdepasse1")).Result);
        Assert.NotEqual(stampBefore, (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(user.Id))!.SecurityStamp);
    }

    [Fact]
    public async Task The_command_line_reset_checks_the_rules_and_sets_the_password()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        await accounts.CreateAsync("lea@atelier.fr", "Léa", "motdepasse42", Roles.Owner);

        Assert.False((await accounts.SetPasswordAsync("lea@atelier.fr", "court")).Succeeded);
        Assert.False((await accounts.SetPasswordAsync("personne@atelier.fr", "nouveaumotdepasse1")).Succeeded);
        Assert.True((await accounts.SetPasswordAsync("lea@atelier.fr", "nouveaumotdepasse1")).Succeeded);

        var credentials = scope.ServiceProvider.GetRequiredService<Credentials>();
        Assert.Equal(CredentialCheck.Wrong, (await credentials.CheckAsync("lea@atelier.fr", "motdepasse42")).Result);
        Assert.Equal(CredentialCheck.Valid, (await credentials.CheckAsync("lea@atelier.fr", "nouveaumotdepasse1")).Result);
    }

    [Fact]
    public async Task An_owner_changes_a_role_the_user_s_sessions_end_and_the_change_is_audited()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var owner = (await accounts.CreateAsync("lea@atelier.fr", "Léa", "motdepasse42", Roles.Owner)).User!;
        var camille = (await accounts.CreateAsync("camille@atelier.fr", "Camille", "motdepasse42", Roles.Member)).User!;
        var stamp = camille.SecurityStamp;

        var result = await accounts.SetRoleAsync(camille.Id, Roles.Viewer, owner.Id);

        Assert.True(result.Succeeded);
        Assert.Equal(Roles.Viewer, (await accounts.ListAsync()).Single(u => u.Id == camille.Id).Role);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.NotEqual(stamp, (await users.FindByIdAsync(camille.Id))!.SecurityStamp);
        var db = scope.ServiceProvider.GetRequiredService<SocialKpi.Data.SocialKpiDbContext>();
        Assert.Contains(db.AuditEntries, e => e.Action == SocialKpi.Auditing.AuditAction.RoleChanged && e.UserId == owner.Id && e.Detail!.Contains("member → viewer"));
        Assert.False((await accounts.SetRoleAsync(owner.Id, Roles.Member, camille.Id)).Succeeded);
    }

    [Fact]
    public async Task The_last_active_owner_can_be_neither_demoted_nor_deactivated()
    {
        using var _ = new CultureScope("fr-FR");
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var lea = (await accounts.CreateAsync("lea@atelier.fr", "Léa", "motdepasse42", Roles.Owner)).User!;
        var marc = (await accounts.CreateAsync("marc@atelier.fr", "Marc", "motdepasse42", Roles.Member)).User!;

        var demoted = await accounts.SetRoleAsync(lea.Id, Roles.Member);
        var deactivated = await accounts.SetActiveAsync(lea.Id, active: false);

        Assert.Equal("C'est le dernier propriétaire actif de l'espace : nommez d'abord quelqu'un d'autre propriétaire.", Assert.Single(demoted.Errors).ErrorMessage);
        Assert.False(deactivated.Succeeded);
        // With a second owner, the first may step down.
        Assert.True((await accounts.SetRoleAsync(marc.Id, Roles.Owner, lea.Id)).Succeeded);
        Assert.True((await accounts.SetRoleAsync(lea.Id, Roles.Member, marc.Id)).Succeeded);
    }

    [Fact]
    public async Task A_user_renames_themselves_with_the_form_s_rules()
    {
        using var _ = new CultureScope("en-GB");
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var lea = (await accounts.CreateAsync("lea@atelier.fr", "Léa", "motdepasse42", Roles.Owner)).User!;

        Assert.False((await accounts.RenameAsync(lea.Id, "  ")).Succeeded);
        Assert.True((await accounts.RenameAsync(lea.Id, " Léa Martin\u202E ")).Succeeded);

        Assert.Equal("Léa Martin", (await accounts.ListAsync()).Single().DisplayName);
    }
}
