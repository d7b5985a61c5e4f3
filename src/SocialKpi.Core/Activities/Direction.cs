namespace SocialKpi.Activities;

public enum Direction
{
    /// <summary>The prospect reached out (a comment on our post, a call to the shop).</summary>
    Inbound,

    /// <summary>We reached out.</summary>
    Outbound,
}
