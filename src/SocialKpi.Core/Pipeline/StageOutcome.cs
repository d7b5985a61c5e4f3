namespace SocialKpi.Pipeline;

public enum StageOutcome
{
    Open,
    Won,
    Lost,
}
