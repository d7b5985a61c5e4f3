using SocialKpi.Common;

namespace SocialKpi.Objectives;

/// <summary>
/// An objective as the owner sets it. The target is typed in the KPI's own unit: euros for revenue,
/// a percentage for a rate ("2,5" for 2.5 %), a whole number otherwise.
/// </summary>
public sealed class ObjectiveInput
{
    public ObjectiveKind Kind { get; set; }
    public KpiMetric Metric { get; set; }
    public string? Target { get; set; }
    public ObjectivePeriod Period { get; set; } = ObjectivePeriod.Month;

    /// <summary>Large enough for a year's reach or revenue, small enough to be a typing slip.</summary>
    public const decimal MaxTarget = 1_000_000_000m;

    /// <summary>The target as typed and stored (a percentage for rates), or null when the text is not one for this KPI.</summary>
    public static decimal? ParseTarget(KpiMetric metric, string? typed)
    {
        var text = typed?.Replace("%", "", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(text) || !Amount.TryParse(text, out var value) || value is not { } number || number <= 0)
            return null;
        return KpiMetrics.Shape(metric) switch
        {
            KpiShape.Rate => number <= 100 ? number : null,
            _ when KpiMetrics.IsMoney(metric) => number <= MaxTarget ? number : null,
            _ => number == decimal.Truncate(number) && number <= MaxTarget ? number : null,
        };
    }
}
