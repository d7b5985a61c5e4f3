using Microsoft.AspNetCore.Identity;
using SocialKpi.Auditing;
using SocialKpi.Data;

namespace SocialKpi.Users;

public enum CredentialCheck
{
    Valid,
    /// <summary>Unknown e-mail or wrong password: the two get the same answer.</summary>
    Wrong,
    /// <summary>Right password, but an owner deactivated the account (only someone who knows the password learns it).</summary>
    Deactivated,
}

/// <summary>
/// Checks an e-mail and password without telling whether the e-mail has an account: an unknown
/// e-mail costs the same password hash as a known one, and failures never lock an account (an
/// attacker could otherwise keep the owner out by failing on purpose; the web app throttles failed
/// attempts per client address instead). Each answer goes to the audit log: a failure with the
/// e-mail that was typed.
/// </summary>
public sealed class Credentials(UserManager<AppUser> users, SocialKpiDbContext db, TimeProvider clock)
{
    private static readonly AppUser Nobody = new() { UserName = "nobody" };
    private static readonly Lazy<string> NobodysHash = new(() => new PasswordHasher<AppUser>().HashPassword(Nobody, Guid.NewGuid().ToString()));

    public async Task<(CredentialCheck Result, AppUser? User)> CheckAsync(string email, string password)
    {
        var (result, user) = await VerifyAsync(email, password);
        db.Audit(clock, result == CredentialCheck.Valid ? AuditAction.SignedIn : AuditAction.SignInFailed, user?.Id,
            detail: result switch
            {
                CredentialCheck.Valid => null,
                CredentialCheck.Deactivated => $"{email?.Trim()} (deactivated)",
                _ => email?.Trim(),
            });
        await db.SaveChangesAsync();
        return (result, user);
    }

    private async Task<(CredentialCheck Result, AppUser? User)> VerifyAsync(string email, string password)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null || !await users.HasPasswordAsync(user))
        {
            users.PasswordHasher.VerifyHashedPassword(Nobody, NobodysHash.Value, password ?? "");
            return (CredentialCheck.Wrong, null);
        }
        if (!await users.CheckPasswordAsync(user, password ?? ""))
            return (CredentialCheck.Wrong, null);
        return user.IsActive ? (CredentialCheck.Valid, user) : (CredentialCheck.Deactivated, null);
    }
}
