namespace SocialKpi.Social;

/// <summary>
/// An account's figures on one day, as the network's statistics show them. Only followers are
/// required; a figure left empty is unknown, not zero, and counts in no rate.
/// </summary>
public sealed class SocialSnapshot
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public DateOnly Date { get; set; }
    public int Followers { get; set; }
    public int? Reach { get; set; }
    public int? Impressions { get; set; }
    public int? Likes { get; set; }
    public int? Comments { get; set; }
    public int? Shares { get; set; }
    public int? Saves { get; set; }
    public int? Mentions { get; set; }
    public int? ProfileVisits { get; set; }
    public int? LinkClicks { get; set; }

    /// <summary>Likes + comments + shares + saves, of those known; null when none is.</summary>
    public int? Interactions => Likes is null && Comments is null && Shares is null && Saves is null
        ? null
        : (Likes ?? 0) + (Comments ?? 0) + (Shares ?? 0) + (Saves ?? 0);

    /// <summary>product.md: interactions / followers, as a ratio (0.041 for 4.1 %).</summary>
    public double? EngagementRate => Interactions is { } i && Followers > 0 ? (double)i / Followers : null;

    public double? EngagementRateByReach => Interactions is { } i && Reach is > 0 ? (double)i / Reach.Value : null;
}
