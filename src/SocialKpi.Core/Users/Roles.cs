namespace SocialKpi.Users;

public static class Roles
{
    /// <summary>Manages users and settings, and does everything a member does.</summary>
    public const string Owner = "owner";

    /// <summary>Works prospects: creates, edits, moves, logs.</summary>
    public const string Member = "member";

    /// <summary>Reads everything, changes nothing.</summary>
    public const string Viewer = "viewer";

    public static readonly IReadOnlyList<string> All = [Owner, Member, Viewer];

    /// <summary>The roles whose users may change data.</summary>
    public const string Editors = Owner + "," + Member;
}
