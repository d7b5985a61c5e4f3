using SocialKpi.Channels;

namespace SocialKpi.Activities;

/// <summary>A touch: something that happened with a prospect, with the next step it leads to.</summary>
public class Activity
{
    public int Id { get; set; }
    public int ProspectId { get; set; }
    public ActivityKind Kind { get; set; }
    public Direction Direction { get; set; }

    /// <summary>Where it happened; a touch with a channel is part of the prospect's attribution journey.</summary>
    public int? ChannelId { get; set; }
    public Channel? Channel { get; set; }

    public DateTime OccurredAt { get; set; }
    public int DurationMinutes { get; set; }
    public required string Summary { get; set; }

    public string? NextStep { get; set; }
    public DateOnly? NextStepDue { get; set; }

    /// <summary>When the next step was done; an open next step has none.</summary>
    public DateTime? NextStepDoneAt { get; set; }

    public string? CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>The import that wrote this row, so that the import can be reverted; null when typed in the app.</summary>
    public int? ImportBatchId { get; set; }
}
