namespace SocialKpi.Pipeline;

/// <summary>An ordered step of the pipeline, from "follower" to "client".</summary>
public class Stage
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Order on the board, smallest first.</summary>
    public int Position { get; set; }

    /// <summary>Chance, in percent, that a prospect at this stage becomes a client.</summary>
    public int WinProbability { get; set; }

    public StageOutcome Outcome { get; set; }

    /// <summary>Days after which a card that has not moved is marked stale; null means never.</summary>
    public int? StaleAfterDays { get; set; }
}
