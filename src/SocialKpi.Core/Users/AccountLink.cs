namespace SocialKpi.Users;

public enum AccountLinkPurpose
{
    /// <summary>A teammate joins with the e-mail and role the owner chose, picking their own name and password.</summary>
    Invitation,

    /// <summary>A user who forgot their password sets a new one.</summary>
    PasswordReset,
}

/// <summary>
/// A one-time link an owner gives a teammate by hand (no e-mail is sent). Only the SHA-256 of the
/// link's secret is stored, so a copy of the database or a backup hands out no working link. A
/// link works once and until it expires; an owner can withdraw it before.
/// </summary>
public class AccountLink
{
    public int Id { get; set; }
    public AccountLinkPurpose Purpose { get; set; }

    /// <summary>The secret's SHA-256, lower-case hex.</summary>
    public required string TokenHash { get; set; }

    /// <summary>The invited teammate's e-mail; for a reset, the user's e-mail when the link was made.</summary>
    public required string Email { get; set; }

    /// <summary>The role an invitation gives.</summary>
    public string? Role { get; set; }

    /// <summary>Whose password a reset link sets.</summary>
    public string? UserId { get; set; }

    public string? CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
}
