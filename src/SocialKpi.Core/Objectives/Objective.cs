namespace SocialKpi.Objectives;

/// <summary>What the workspace is after (product.md: KPIs follow from objectives).</summary>
public enum ObjectiveKind
{
    Notoriety,
    Image,
    Traffic,
    Offers,
    Sales,
}

/// <summary>The stretch of calendar an objective's target is set for; the current one contains today.</summary>
public enum ObjectivePeriod
{
    Week,
    Month,
    Quarter,
    Year,
}

/// <summary>
/// One objective of the workspace, at most one per kind: a target for one of the KPIs product.md maps
/// to the kind, over a period. The target is stored as typed: a rate's as a percentage (2.5 for 2.5 %),
/// because money-like columns keep two decimals.
/// </summary>
public class Objective
{
    public int Id { get; set; }
    public ObjectiveKind Kind { get; set; }
    public KpiMetric Metric { get; set; }
    public decimal Target { get; set; }
    public ObjectivePeriod Period { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>The target in the KPI's computed unit: a rate's as a ratio (0.025), any other as typed.</summary>
    public double Goal => KpiMetrics.Shape(Metric) == KpiShape.Rate ? (double)Target / 100 : (double)Target;
}
