namespace SocialKpi.Auditing;

/// <summary>
/// One line of the audit log (product.md, Privacy): who did what, when, from which address. Written
/// once and never changed: the database refuses updates (a trigger), and only the retention
/// period removes entries.
/// </summary>
public class AuditEntry
{
    public const int DetailLength = 500;

    public long Id { get; set; }
    public DateTime At { get; set; }

    /// <summary>The user; null for the command line, the workspace itself or a failed sign-in.</summary>
    public string? UserId { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>The prospect concerned, by id only: an erased prospect's entries hold nothing personal.</summary>
    public int? ProspectId { get; set; }

    /// <summary>What exactly: the file, the setting, the role given, the e-mail typed at a failed sign-in.</summary>
    public string? Detail { get; set; }

    /// <summary>The client's IP address, or "command line".</summary>
    public string? Address { get; set; }
}

public enum AuditAction
{
    SignedIn,
    SignInFailed,
    SignedOut,
    ProspectViewed,
    PersonalDataExported,
    ProspectErased,
    RetentionKept,
    ListExported,
    Imported,
    ImportReverted,
    UserAdded,
    RoleChanged,
    UserDeactivated,
    UserReactivated,
    PasswordReset,
    SettingChanged,
    UserInvited,
    InvitationAccepted,
    InvitationWithdrawn,
    PasswordResetLinkMade,
}
