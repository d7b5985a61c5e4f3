using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Auditing;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Prospects;

namespace SocialKpi.Users;

/// <summary>A link just made: its secret is shown once, to be copied and handed over.</summary>
public sealed record AccountLinkResult(string? Token, DateTime ExpiresAt, IReadOnlyList<ValidationFailure> Errors)
{
    public bool Succeeded => Token is not null;

    internal static AccountLinkResult Failed(string property, string message) => new(null, default, [new ValidationFailure(property, message)]);
}

/// <summary>What a link offers its visitor, or why it no longer works.</summary>
public sealed record OpenedLink(AccountLinkPurpose Purpose, string Email, string? Role, DateTime ExpiresAt);

public sealed record PendingInvitation(int Id, string Email, string Role, DateTime ExpiresAt, string? InvitedBy);

/// <summary>
/// Invitations and password resets by one-time link. The owner makes the link in Settings (or with
/// the command line) and hands it over; whoever opens it picks their name and password, or a new
/// password, without the owner ever knowing it.
/// </summary>
public sealed class AccountLinks(UserManager<AppUser> users, UserAccounts accounts, SocialKpiDbContext db, TimeProvider clock, SessionEnds sessionEnds)
{
    /// <summary>Long enough to reach a teammate on holiday; short enough that a forgotten link dies.</summary>
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    /// <summary>A reset is asked for by someone waiting for it.</summary>
    public static readonly TimeSpan ResetLifetime = TimeSpan.FromDays(1);

    /// <summary>An owner invites a teammate; a new invitation for the same e-mail replaces the one pending.</summary>
    public async Task<AccountLinkResult> InviteAsync(string email, string role, string? actorId)
    {
        if (!await db.CanManageAsync(actorId))
            return AccountLinkResult.Failed("", Messages.OwnersOnly);
        email = (email ?? "").Trim();
        if (EmailProblem(email) is { } problem)
            return AccountLinkResult.Failed("Email", problem);
        if (!Roles.All.Contains(role))
            return AccountLinkResult.Failed("Role", Messages.RoleUnknown);
        if (await users.FindByEmailAsync(email) is not null)
            return AccountLinkResult.Failed("Email", Messages.DuplicateEmail(email));

        var normalized = email.ToUpperInvariant();
        await db.AccountLinks
            .Where(l => l.Purpose == AccountLinkPurpose.Invitation && l.UsedAt == null && l.Email.ToUpper() == normalized)
            .ExecuteDeleteAsync();
        var made = Add(AccountLinkPurpose.Invitation, email, role, userId: null, actorId, InvitationLifetime);
        db.Audit(clock, AuditAction.UserInvited, actorId, detail: $"{email} ({role})");
        await db.SaveChangesAsync();
        return made;
    }

    /// <summary>An owner gives a user who forgot their password a link to set a new one; it replaces the one pending.</summary>
    public async Task<AccountLinkResult> ResetLinkAsync(string userId, string? actorId)
    {
        if (!await db.CanManageAsync(actorId))
            return AccountLinkResult.Failed("", Messages.OwnersOnly);
        var user = await users.FindByIdAsync(userId);
        if (user is null)
            return AccountLinkResult.Failed("", Messages.UserNotFound);
        if (!user.IsActive)
            return AccountLinkResult.Failed("", Messages.ResetNeedsActiveUser);

        await db.AccountLinks
            .Where(l => l.Purpose == AccountLinkPurpose.PasswordReset && l.UsedAt == null && l.UserId == user.Id)
            .ExecuteDeleteAsync();
        var made = Add(AccountLinkPurpose.PasswordReset, user.Email!, role: null, user.Id, actorId, ResetLifetime);
        db.Audit(clock, AuditAction.PasswordResetLinkMade, actorId, detail: user.Email);
        await db.SaveChangesAsync();
        return made;
    }

    /// <summary>What the link's page shows; a problem in the user's language when it no longer works.</summary>
    public async Task<(OpenedLink? Link, string? Problem)> OpenAsync(string token, AccountLinkPurpose purpose)
    {
        var link = await FindAsync(token, purpose);
        if (Problem(link) is { } problem)
            return (null, problem);
        return (new OpenedLink(link!.Purpose, link.Email, link.Role, link.ExpiresAt), null);
    }

    /// <summary>
    /// The invited teammate joins. The link is claimed and the user created in one serializable
    /// transaction, so a link opened in two tabs makes one account.
    /// </summary>
    public Task<IdentityResultOrUser> AcceptInvitationAsync(string token, string displayName, string password) =>
        SerializableWrite.RunAsync(db, async () =>
        {
            var link = await FindAsync(token, AccountLinkPurpose.Invitation);
            if (Problem(link) is { } problem)
                return new IdentityResultOrUser(null, [new ValidationFailure("", problem)]);
            var joined = await accounts.AddAsync(link!.Email, displayName, password, link.Role!);
            if (!joined.Succeeded)
            {
                // The e-mail is the owner's choice, not a field of the join form: its problem (taken since) is the form's.
                return joined with { Errors = joined.Errors.Select(e => e.PropertyName == "Email" ? new ValidationFailure("", e.ErrorMessage) : e).ToList() };
            }
            link.UsedAt = clock.GetUtcNow().UtcDateTime;
            db.Audit(clock, AuditAction.InvitationAccepted, joined.User!.Id, detail: $"{link.Email} ({link.Role})");
            await db.SaveChangesAsync();
            return joined;
        });

    /// <summary>The user sets a new password; every session they had ends.</summary>
    public async Task<IdentityResultOrUser> ResetPasswordAsync(string token, string newPassword)
    {
        var reset = await SerializableWrite.RunAsync(db, async () =>
        {
            var link = await FindAsync(token, AccountLinkPurpose.PasswordReset);
            if (Problem(link) is { } problem)
                return new IdentityResultOrUser(null, [new ValidationFailure("", problem)]);
            var user = await users.FindByIdAsync(link!.UserId!);
            if (user is not { IsActive: true })
                return new IdentityResultOrUser(null, [new ValidationFailure("", Messages.ResetNeedsActiveUser)]);
            var replaced = await accounts.ReplacePasswordAsync(user, newPassword, "NewPassword");
            if (!replaced.Succeeded)
                return new IdentityResultOrUser(null, replaced.Errors);
            link.UsedAt = clock.GetUtcNow().UtcDateTime;
            db.Audit(clock, AuditAction.PasswordReset, user.Id, detail: user.Email);
            await db.SaveChangesAsync();
            return new IdentityResultOrUser(user, []);
        });
        // Told once committed, so that the pages re-checking at once read the new stamp.
        if (reset.User is { } done)
            sessionEnds.Publish(done.Id);
        return reset;
    }

    public async Task<IReadOnlyList<PendingInvitation>> PendingInvitationsAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await (from l in db.AccountLinks.AsNoTracking()
                      where l.Purpose == AccountLinkPurpose.Invitation && l.UsedAt == null && l.ExpiresAt > now
                      join u in db.Users on l.CreatedById equals u.Id into creators
                      from u in creators.DefaultIfEmpty()
                      orderby l.Email
                      select new PendingInvitation(l.Id, l.Email, l.Role!, l.ExpiresAt, u == null ? null : u.DisplayName))
            .ToListAsync();
    }

    /// <summary>An owner withdraws an invitation before it is used: the link stops working at once.</summary>
    public async Task<SaveResult> WithdrawAsync(int id, string? actorId)
    {
        if (!await db.CanManageAsync(actorId))
            return Permissions.OwnersOnly();
        var link = await db.AccountLinks.SingleOrDefaultAsync(l => l.Id == id && l.UsedAt == null);
        if (link is null)
            return SaveResult.Failed("", Messages.LinkNotValid);
        db.AccountLinks.Remove(link);
        db.Audit(clock, AuditAction.InvitationWithdrawn, actorId, detail: link.Email);
        await db.SaveChangesAsync();
        return SaveResult.Done;
    }

    private AccountLinkResult Add(AccountLinkPurpose purpose, string email, string? role, string? userId, string? actorId, TimeSpan lifetime)
    {
        // 256 random bits: not guessable, so the pages need no throttling of their own.
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        db.AccountLinks.Add(new AccountLink
        {
            Purpose = purpose,
            TokenHash = Hash(token),
            Email = email,
            Role = role,
            UserId = userId,
            CreatedById = actorId,
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        });
        return new AccountLinkResult(token, now + lifetime, []);
    }

    private async Task<AccountLink?> FindAsync(string token, AccountLinkPurpose purpose)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
            return null;
        var hash = Hash(token);
        return await db.AccountLinks.SingleOrDefaultAsync(l => l.TokenHash == hash && l.Purpose == purpose);
    }

    private string? Problem(AccountLink? link) =>
        link is null ? Messages.LinkNotValid
        : link.UsedAt is not null ? Messages.LinkUsed
        : link.ExpiresAt <= clock.GetUtcNow().UtcDateTime ? Messages.LinkExpired
        : null;

    private static string? EmailProblem(string email) =>
        email.Length == 0 ? Messages.EmailRequired
        : email.Length > Limits.Email ? Messages.TooLong(Limits.Email)
        : !ContactNormalizer.IsValidEmail(email) ? Messages.EmailInvalid
        : null;

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
