namespace SocialKpi.Pipeline;

public static class DefaultStages
{
    public static readonly IReadOnlyList<(string Name, int WinProbability, StageOutcome Outcome, int? StaleAfterDays)> All =
    [
        ("Follower", 5, StageOutcome.Open, 60),
        ("Engaged", 10, StageOutcome.Open, 30),
        ("Conversation", 25, StageOutcome.Open, 14),
        ("Qualified", 50, StageOutcome.Open, 14),
        ("Proposal", 75, StageOutcome.Open, 10),
        ("Client", 100, StageOutcome.Won, null),
        ("Lost", 0, StageOutcome.Lost, null),
    ];
}
