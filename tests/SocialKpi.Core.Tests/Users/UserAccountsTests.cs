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
}
