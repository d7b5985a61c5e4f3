namespace SocialKpi.Objectives;

/// <summary>The figures an objective can be measured by (product.md, KPIs: objective → KPIs).</summary>
public enum KpiMetric
{
    Reach,
    Impressions,
    Mentions,
    Followers,
    FollowerGrowth,
    EngagementRate,
    LinkClicks,
    ProfileVisits,
    NewProspects,
    Conversations,
    InboundConversations,
    Clients,
    Revenue,
    ConversionRate,
}

/// <summary>How a KPI adds up over time, which decides how a target part-way through a period is judged.</summary>
public enum KpiShape
{
    /// <summary>Accumulates over the period (reach, conversations, revenue): judged against the target pro rata.</summary>
    Flow,

    /// <summary>A level at a moment (followers): judged against the whole target.</summary>
    Level,

    /// <summary>A ratio (engagement, conversion): judged against the whole target.</summary>
    Rate,
}

public static class KpiMetrics
{
    /// <summary>product.md: notoriety → reach, impressions, mentions; image → followers, growth, engagement; and so on.</summary>
    public static IReadOnlyList<KpiMetric> Of(ObjectiveKind kind) => kind switch
    {
        ObjectiveKind.Notoriety => [KpiMetric.Reach, KpiMetric.Impressions, KpiMetric.Mentions],
        ObjectiveKind.Image => [KpiMetric.Followers, KpiMetric.FollowerGrowth, KpiMetric.EngagementRate],
        ObjectiveKind.Traffic => [KpiMetric.LinkClicks, KpiMetric.ProfileVisits, KpiMetric.NewProspects],
        ObjectiveKind.Offers => [KpiMetric.Conversations, KpiMetric.InboundConversations],
        ObjectiveKind.Sales => [KpiMetric.Clients, KpiMetric.Revenue, KpiMetric.ConversionRate],
        _ => [],
    };

    /// <summary>The KPI an objective of this kind is measured by unless the owner picks another.</summary>
    public static KpiMetric Headline(ObjectiveKind kind) => Of(kind)[0];

    public static KpiShape Shape(KpiMetric metric) => metric switch
    {
        KpiMetric.Followers => KpiShape.Level,
        KpiMetric.EngagementRate or KpiMetric.ConversionRate => KpiShape.Rate,
        _ => KpiShape.Flow,
    };

    public static bool IsMoney(KpiMetric metric) => metric == KpiMetric.Revenue;

    /// <summary>Figures read from the accounts' snapshots, which have no value until one is entered.</summary>
    public static bool IsSocial(KpiMetric metric) => metric is KpiMetric.Reach or KpiMetric.Impressions or KpiMetric.Mentions
        or KpiMetric.Followers or KpiMetric.FollowerGrowth or KpiMetric.EngagementRate or KpiMetric.LinkClicks or KpiMetric.ProfileVisits;
}
