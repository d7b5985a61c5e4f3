namespace SocialKpi.Prospects;

public enum ProspectEventKind
{
    ActivityEdited,
    ActivityDeleted,
}

/// <summary>
/// A change to a prospect's history that leaves no row of its own: an activity edited or deleted.
/// <see cref="Before"/> keeps what it said, so nothing logged is ever silently lost.
/// </summary>
public class ProspectEvent
{
    public long Id { get; set; }
    public int ProspectId { get; set; }
    public ProspectEventKind Kind { get; set; }
    public DateTime At { get; set; }
    public string? ActorId { get; set; }

    /// <summary>The activity as it was: kind, time and summary, in a sentence.</summary>
    public required string Before { get; set; }
}
