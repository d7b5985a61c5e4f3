namespace SocialKpi.Users;

/// <summary>
/// Says that a user's sessions have just ended (signed out, deactivated, given another role or a
/// new password), so that the pages they have open ask for sign-in at once instead of at their
/// next check. The web app listens, and on PostgreSQL carries the word to the other instances; the
/// command line has no listener in its process, so pages notice its changes at their next check,
/// within a minute.
/// </summary>
public sealed class SessionEnds
{
    /// <summary>Raised with the user's id, on the writer's thread: listeners hand the work to their own.</summary>
    public event Action<string>? Ended;

    /// <summary>Raised for sessions ended in this process only, for whoever carries the word to other instances.</summary>
    public event Action<string>? EndedHere;

    public void Publish(string userId)
    {
        Ended?.Invoke(userId);
        EndedHere?.Invoke(userId);
    }

    /// <summary>Sessions another instance ended: told to this process's listeners, not carried on.</summary>
    public void Receive(string userId) => Ended?.Invoke(userId);
}
