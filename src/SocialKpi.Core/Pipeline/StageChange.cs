namespace SocialKpi.Pipeline;

/// <summary>One move of a prospect between stages; the first one records its entry into the pipeline.</summary>
public class StageChange
{
    public long Id { get; set; }
    public int ProspectId { get; set; }
    public int? FromStageId { get; set; }
    public int ToStageId { get; set; }
    public DateTime ChangedAt { get; set; }
    public string? ChangedById { get; set; }

    /// <summary>Why, when the move is to the lost stage.</summary>
    public int? LossReasonId { get; set; }

    /// <summary>The import that wrote this row, so that the import can be reverted; null when typed in the app.</summary>
    public int? ImportBatchId { get; set; }
}
