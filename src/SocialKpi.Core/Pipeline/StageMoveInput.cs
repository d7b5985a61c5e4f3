namespace SocialKpi.Pipeline;

/// <summary>
/// A move of a prospect to a stage, from the prospect page or the board: a move to a won stage
/// carries the sale, a move to a lost stage its reason.
/// </summary>
public sealed class StageMoveInput
{
    public int StageId { get; set; }

    /// <summary>The prospect's version when the page was rendered.</summary>
    public int Version { get; set; }

    public string? SaleAmount { get; set; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? SoldOn { get; set; }

    public string? SaleNote { get; set; }
    public int? LossReasonId { get; set; }
}
