using SocialKpi.Activities;
using SocialKpi.Privacy;
using SocialKpi.Prospects;

namespace SocialKpi.Timeline;

public enum TimelineEntryKind
{
    Activity,
    StageChange,
    Sale,
    ConsentGiven,
    ConsentWithdrawn,
    ActivityEdited,
    ActivityDeleted,
}

/// <summary>One line of a prospect's timeline; which fields are set depends on <see cref="Kind"/>.</summary>
public sealed record TimelineEntry(TimelineEntryKind Kind, DateTime At, string? Author)
{
    /// <summary>
    /// The row the entry comes from (activity, stage change, sale, consent or event), unique with
    /// <see cref="Kind"/>: the page keys entries by both, so that a new entry is inserted above the
    /// others instead of every entry below it being redrawn.
    /// </summary>
    public long SourceId { get; init; }

    public (TimelineEntryKind Kind, long SourceId) Key => (Kind, SourceId);

    public int? ActivityId { get; init; }
    public ActivityKind? ActivityKind { get; init; }
    public Direction? Direction { get; init; }
    public string? Channel { get; init; }
    public int DurationMinutes { get; init; }
    public string? Summary { get; init; }
    public string? NextStep { get; init; }
    public DateOnly? NextStepDue { get; init; }
    public bool NextStepDone { get; init; }

    public string? FromStage { get; init; }
    public string? ToStage { get; init; }
    public string? LossReason { get; init; }

    public decimal? Amount { get; init; }

    public ConsentPurpose? Purpose { get; init; }
    public ConsentBasis? Basis { get; init; }
    public int? ConsentId { get; init; }

    /// <summary>For an edited or deleted activity: what it said before.</summary>
    public ActivitySnapshot? Before { get; init; }
}

public sealed record TimelinePage(IReadOnlyList<TimelineEntry> Entries, int Page, bool HasMore);
