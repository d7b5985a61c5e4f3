namespace SocialKpi.Users;

/// <summary>
/// Says that a user's sessions have just ended (signed out, deactivated, given another role or a
/// new password), so that the pages they have open ask for sign-in at once instead of at their
/// next check. The web app listens; the command line has no listener in its process, so pages
/// open elsewhere notice at their next check, within a minute.
/// </summary>
public sealed class SessionEnds
{
    /// <summary>Raised with the user's id, on the writer's thread: listeners hand the work to their own.</summary>
    public event Action<string>? Ended;

    public void Publish(string userId) => Ended?.Invoke(userId);
}
