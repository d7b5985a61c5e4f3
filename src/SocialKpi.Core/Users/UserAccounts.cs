using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Auditing;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;

namespace SocialKpi.Users;

public sealed record UserSummary(string Id, string DisplayName, string Email, string Role, bool IsActive);

/// <summary>
/// Who can sign in: the first owner, the users an owner adds, deactivated or given a new password.
/// Used by the first-run page, the settings and the command line. Every change that should end a
/// user's sessions goes through <see cref="EndSessionsAsync"/>: a new security stamp, which every
/// request's cookie is checked against, and a word to the open pages.
/// </summary>
public sealed class UserAccounts(UserManager<AppUser> users, SocialKpiDbContext db, TimeProvider clock, SessionEnds sessionEnds)
{
    public Task<bool> HasOwnerAsync(CancellationToken cancellationToken = default)
    {
        var ownerRole = Roles.Owner.ToUpperInvariant();
        return db.UserRoles.AnyAsync(
            ur => db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == ownerRole), cancellationToken);
    }

    /// <summary>
    /// The set-up page's write: creates the owner only if the workspace has none, in a serializable
    /// transaction, so that of simultaneous set-ups exactly one wins; the others, tried again, find
    /// its owner and get <see cref="IdentityResultOrUser.AlreadySetUp"/>.
    /// </summary>
    public Task<IdentityResultOrUser> CreateFirstOwnerAsync(string email, string displayName, string password) =>
        SerializableWrite.RunAsync(db, async () => await HasOwnerAsync()
            ? IdentityResultOrUser.SetUpAlready
            : await AddAsync(email, displayName, password, Roles.Owner));

    /// <summary>Adds a user; only an owner may (no acting user is the command line).</summary>
    public async Task<IdentityResultOrUser> CreateAsync(string email, string displayName, string password, string role, string? actorId = null)
    {
        if (!await db.CanManageAsync(actorId))
            return new IdentityResultOrUser(null, [new ValidationFailure("", Messages.OwnersOnly)]);
        var added = await AddAsync(email, displayName, password, role);
        if (added.User is { } user)
            await RecordAsync(AuditAction.UserAdded, actorId, $"{user.Email} ({role})");
        return added;
    }

    /// <summary>
    /// A deactivated user keeps their name on prospects and history but can no longer sign in, and
    /// their open sessions end within a minute. An owner cannot deactivate themselves, so the
    /// workspace always keeps an owner who can sign in.
    /// </summary>
    public async Task<SaveResult> SetActiveAsync(string userId, bool active, string? actorId = null)
    {
        if (!await db.CanManageAsync(actorId))
            return Permissions.OwnersOnly();
        if (!active && userId == actorId)
            return SaveResult.Failed("", Messages.CannotDeactivateYourself);
        var user = await users.FindByIdAsync(userId);
        if (user is null)
            return SaveResult.Failed("", Messages.UserNotFound);
        if (user.IsActive == active)
            return SaveResult.Done;
        // The command line has no acting user: it must not leave the workspace without an owner either.
        if (!active && await IsLastActiveOwnerAsync(user))
            return SaveResult.Failed("", Messages.LastOwner);
        user.IsActive = active;
        await users.UpdateAsync(user);
        await EndSessionsAsync(user);
        await RecordAsync(active ? AuditAction.UserReactivated : AuditAction.UserDeactivated, actorId, user.Email);
        return SaveResult.Done;
    }

    /// <summary>
    /// An owner gives a user another role. The workspace's last active owner keeps the role, so
    /// someone can always manage users and settings. The user's sessions end, so that the new role
    /// applies at the next sign-in rather than in a page still open with the old one.
    /// </summary>
    public async Task<SaveResult> SetRoleAsync(string userId, string role, string? actorId = null)
    {
        if (!await db.CanManageAsync(actorId))
            return Permissions.OwnersOnly();
        if (!Roles.All.Contains(role))
            return SaveResult.Failed("Role", Messages.RoleUnknown);
        var user = await users.FindByIdAsync(userId);
        if (user is null)
            return SaveResult.Failed("", Messages.UserNotFound);
        var current = await users.GetRolesAsync(user);
        if (current.SequenceEqual([role]))
            return SaveResult.Done;
        if (role != Roles.Owner && await IsLastActiveOwnerAsync(user))
            return SaveResult.Failed("Role", Messages.LastOwner);
        await users.RemoveFromRolesAsync(user, current);
        await users.AddToRoleAsync(user, role);
        await EndSessionsAsync(user);
        await RecordAsync(AuditAction.RoleChanged, actorId, $"{user.Email}: {string.Join(",", current)} → {role}");
        return SaveResult.Done;
    }

    /// <summary>The user's own name, as the team sees it on prospects, cards and history.</summary>
    public async Task<SaveResult> RenameAsync(string userId, string displayName)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
            return SaveResult.Failed("", Messages.UserNotFound);
        if (DisplayNameProblem(displayName) is { } problem)
            return SaveResult.Failed("DisplayName", problem);
        user.DisplayName = PlainText.WithoutBidiControls(displayName.Trim());
        await users.UpdateAsync(user);
        return SaveResult.Done;
    }

    private async Task<bool> IsLastActiveOwnerAsync(AppUser user)
    {
        if (!user.IsActive || !await users.IsInRoleAsync(user, Roles.Owner))
            return false;
        return (await users.GetUsersInRoleAsync(Roles.Owner)).Count(o => o.IsActive) == 1;
    }

    /// <summary>The user's own change: needs the current password; every other session of the user ends.</summary>
    public async Task<SaveResult> ChangePasswordAsync(string userId, string currentPassword, string newPassword)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
            return SaveResult.Failed("", Messages.UserNotFound);
        if (string.IsNullOrEmpty(newPassword))
            return SaveResult.Failed("NewPassword", Messages.PasswordRequired);
        var changed = await users.ChangePasswordAsync(user, currentPassword ?? "", newPassword);
        if (changed.Succeeded)
        {
            // Identity gave the user a new stamp; the page then signs this browser in again.
            sessionEnds.Publish(user.Id);
            return SaveResult.Done;
        }
        return changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
            ? SaveResult.Failed("CurrentPassword", Messages.CurrentPasswordWrong)
            : SaveResult.Failed("NewPassword", string.Join(" ", changed.Errors.Select(e => e.Description)));
    }

    /// <summary>The command line's reset, for a user who forgot their password: ends their sessions too.</summary>
    public async Task<SaveResult> SetPasswordAsync(string email, string newPassword)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
            return SaveResult.Failed("Email", Messages.UserNotFound);
        var replaced = await ReplacePasswordAsync(user, newPassword, "Password");
        if (replaced.Succeeded)
        {
            await RecordAsync(AuditAction.PasswordReset, actorId: null, user.Email);
            sessionEnds.Publish(user.Id);
        }
        return replaced;
    }

    /// <summary>
    /// Ends every session of the user: a new security stamp fails every copy of their cookie at its
    /// next request, and open pages hear of it now.
    /// </summary>
    public async Task EndSessionsAsync(AppUser user)
    {
        await users.UpdateSecurityStampAsync(user);
        sessionEnds.Publish(user.Id);
    }

    /// <summary>
    /// A new password without the old one (a reset), checked against the password rules, with a new
    /// security stamp. The caller tells open pages once its transaction is committed.
    /// </summary>
    internal async Task<SaveResult> ReplacePasswordAsync(AppUser user, string? newPassword, string property)
    {
        if (string.IsNullOrEmpty(newPassword))
            return SaveResult.Failed(property, Messages.PasswordRequired);
        foreach (var validator in users.PasswordValidators)
        {
            var valid = await validator.ValidateAsync(users, user, newPassword);
            if (!valid.Succeeded)
                return SaveResult.Failed(property, string.Join(" ", valid.Errors.Select(e => e.Description)));
        }
        user.PasswordHash = users.PasswordHasher.HashPassword(user, newPassword);
        await users.UpdateSecurityStampAsync(user);
        return SaveResult.Done;
    }

    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        await (from u in db.Users.AsNoTracking()
               join ur in db.UserRoles on u.Id equals ur.UserId into userRoles
               from ur in userRoles.DefaultIfEmpty()
               join r in db.Roles on ur.RoleId equals r.Id into roles
               from r in roles.DefaultIfEmpty()
               orderby u.DisplayName
               select new UserSummary(u.Id, u.DisplayName, u.Email ?? "", r == null ? "" : r.Name ?? "", u.IsActive))
            .ToListAsync(cancellationToken);

    private static string? DisplayNameProblem(string? displayName) =>
        string.IsNullOrWhiteSpace(displayName) ? Messages.DisplayNameRequired
        : displayName.Trim().Length > Limits.Name ? Messages.TooLong(Limits.Name)
        : PlainText.HasControlCharacters(displayName) ? Messages.ControlCharacters
        : null;

    private static List<ValidationFailure> Invalid(string email, string displayName, string password, string role)
    {
        var failures = new List<ValidationFailure>();
        if (string.IsNullOrWhiteSpace(email))
            failures.Add(new ValidationFailure("Email", Messages.EmailRequired));
        else if (email.Trim().Length > Limits.Email)
            failures.Add(new ValidationFailure("Email", Messages.TooLong(Limits.Email)));
        else if (PlainText.HasControlCharacters(email))
            failures.Add(new ValidationFailure("Email", Messages.ControlCharacters));
        if (DisplayNameProblem(displayName) is { } problem)
            failures.Add(new ValidationFailure("DisplayName", problem));
        if (string.IsNullOrEmpty(password))
            failures.Add(new ValidationFailure("Password", Messages.PasswordRequired));
        if (!Roles.All.Contains(role))
            failures.Add(new ValidationFailure("Role", Messages.RoleUnknown));
        return failures;
    }

    /// <summary>The one way a user is created: the first owner, an owner's addition, an accepted invitation.</summary>
    internal async Task<IdentityResultOrUser> AddAsync(string email, string displayName, string password, string role)
    {
        if (Invalid(email, displayName, password, role) is { Count: > 0 } failures)
            return new IdentityResultOrUser(null, failures);
        var user = new AppUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            DisplayName = PlainText.WithoutBidiControls(displayName.Trim()),
            EmailConfirmed = true,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
            return new IdentityResultOrUser(null, created.Errors.Select(ToFailure).ToList());
        await users.AddToRoleAsync(user, role);
        return new IdentityResultOrUser(user, []);
    }

    private async Task RecordAsync(AuditAction action, string? actorId, string? detail)
    {
        db.Audit(clock, action, actorId, detail: detail);
        await db.SaveChangesAsync();
    }

    // Password rule failures name the password field; the others (duplicate e-mail…) the e-mail field.
    private static ValidationFailure ToFailure(IdentityError error) =>
        new(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password" : "Email", error.Description);
}

public sealed record IdentityResultOrUser(AppUser? User, IReadOnlyList<ValidationFailure> Errors)
{
    /// <summary>Someone set the workspace up first: the set-up page sends this visitor to sign-in.</summary>
    public static readonly IdentityResultOrUser SetUpAlready = new(null, []) { AlreadySetUp = true };

    public bool Succeeded => User is not null;

    public bool AlreadySetUp { get; private init; }
}
