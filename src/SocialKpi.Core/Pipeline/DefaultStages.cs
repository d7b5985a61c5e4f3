namespace SocialKpi.Pipeline;

/// <summary>The pipeline a new workspace starts with, named in its language: from follower to client.</summary>
public static class DefaultStages
{
    public static readonly IReadOnlyList<(string English, string French, int WinProbability, StageOutcome Outcome, int? StaleAfterDays)> All =
    [
        ("Follower", "Abonné", 5, StageOutcome.Open, 60),
        ("Engaged", "Engagé", 10, StageOutcome.Open, 30),
        ("Conversation", "Conversation", 25, StageOutcome.Open, 14),
        ("Qualified", "Qualifié", 50, StageOutcome.Open, 14),
        ("Proposal", "Proposition", 75, StageOutcome.Open, 10),
        ("Client", "Client", 100, StageOutcome.Won, null),
        ("Lost", "Perdu", 0, StageOutcome.Lost, null),
    ];
}
