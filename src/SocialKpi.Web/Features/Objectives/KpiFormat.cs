using System.Globalization;
using Microsoft.Extensions.Localization;
using SocialKpi.Objectives;
using SocialKpi.Web.Components.Shared;

namespace SocialKpi.Web.Features.Objectives;

/// <summary>A KPI's figures in its own unit: euros, a percentage, or a count.</summary>
public static class KpiFormat
{
    public static string Value(KpiMetric metric, double? value) => value switch
    {
        null => "—",
        { } v when KpiMetrics.IsMoney(metric) => Format.Money(Math.Round((decimal)v, 2)),
        { } v when KpiMetrics.Shape(metric) == KpiShape.Rate => Format.Percent(v),
        { } v => v.ToString("N0", CultureInfo.CurrentCulture),
    };

    /// <summary>A difference with its sign; a rate's in percentage points.</summary>
    public static string Change(KpiMetric metric, double? change)
    {
        if (change is not { } c)
            return "—";
        var sign = c > 0 ? "+" : c < 0 ? "−" : "";
        var size = Math.Abs(c);
        return sign + (KpiMetrics.Shape(metric) == KpiShape.Rate
            ? (size * 100).ToString("0.0", CultureInfo.CurrentCulture) + " pt"
            : Value(metric, size));
    }

    public static string Target(Objective objective) => Value(objective.Metric, objective.Goal);

    public static string Period(IStringLocalizer<Ui> texts, ObjectivePeriod period, DayRange range) => period switch
    {
        ObjectivePeriod.Week => texts["PeriodWeekOf", range.From.ToString("d", CultureInfo.CurrentCulture)],
        ObjectivePeriod.Month => CultureInfo.CurrentCulture.TextInfo.ToTitleCase(range.From.ToString("MMMM yyyy", CultureInfo.CurrentCulture)),
        ObjectivePeriod.Quarter => texts["PeriodQuarterOf", (range.From.Month - 1) / 3 + 1, range.From.Year],
        _ => range.From.Year.ToString(CultureInfo.InvariantCulture),
    };
}
