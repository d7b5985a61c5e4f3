using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;

namespace SocialKpi.Users;

public sealed record UserSummary(string Id, string DisplayName, string Email, string Role);

/// <summary>Creates users with their role; used by the first-run page, the settings and the command line.</summary>
public sealed class UserAccounts(UserManager<AppUser> users, SocialKpiDbContext db)
{
    public Task<bool> HasOwnerAsync(CancellationToken cancellationToken = default)
    {
        var ownerRole = Roles.Owner.ToUpperInvariant();
        return db.UserRoles.AnyAsync(
            ur => db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == ownerRole), cancellationToken);
    }

    public async Task<IdentityResultOrUser> CreateAsync(string email, string displayName, string password, string role)
    {
        var failures = new List<ValidationFailure>();
        if (string.IsNullOrWhiteSpace(email))
            failures.Add(new ValidationFailure("Email", Messages.EmailRequired));
        if (string.IsNullOrWhiteSpace(displayName))
            failures.Add(new ValidationFailure("DisplayName", Messages.DisplayNameRequired));
        if (string.IsNullOrEmpty(password))
            failures.Add(new ValidationFailure("Password", Messages.PasswordRequired));
        if (!Roles.All.Contains(role))
            failures.Add(new ValidationFailure("Role", Messages.RoleUnknown));
        if (failures.Count > 0)
            return new IdentityResultOrUser(null, failures);

        var user = new AppUser { UserName = email.Trim(), Email = email.Trim(), DisplayName = displayName.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
            return new IdentityResultOrUser(null, created.Errors.Select(ToFailure).ToList());
        await users.AddToRoleAsync(user, role);
        return new IdentityResultOrUser(user, []);
    }

    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        await (from u in db.Users.AsNoTracking()
               join ur in db.UserRoles on u.Id equals ur.UserId into userRoles
               from ur in userRoles.DefaultIfEmpty()
               join r in db.Roles on ur.RoleId equals r.Id into roles
               from r in roles.DefaultIfEmpty()
               orderby u.DisplayName
               select new UserSummary(u.Id, u.DisplayName, u.Email ?? "", r == null ? "" : r.Name ?? ""))
            .ToListAsync(cancellationToken);

    // Password rule failures name the password field; the others (duplicate e-mail…) the e-mail field.
    private static ValidationFailure ToFailure(IdentityError error) =>
        new(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password" : "Email", error.Description);
}

public sealed record IdentityResultOrUser(AppUser? User, IReadOnlyList<ValidationFailure> Errors)
{
    public bool Succeeded => User is not null;
}
