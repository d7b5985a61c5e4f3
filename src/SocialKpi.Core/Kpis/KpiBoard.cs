using SocialKpi.Common;
using SocialKpi.Objectives;

namespace SocialKpi.Kpis;

/// <summary>How an objective stands today.</summary>
public enum KpiVerdict
{
    /// <summary>Nothing recorded yet that the KPI is computed from.</summary>
    NoData,
    Reached,

    /// <summary>Not reached yet, but at the pace of the days gone the period ends on target.</summary>
    OnTrack,
    Behind,
}

/// <summary>One KPI now (period to date) and at the same point of the previous period.</summary>
public sealed record KpiReading(KpiMetric Metric, KpiValue Current, KpiValue Previous)
{
    public double? Value => Current.Value;

    /// <summary>Against the same number of days into the previous period; null when either is unknown.</summary>
    public double? Change => Current.Value is { } now && Previous.Value is { } before ? now - before : null;
}

/// <summary>An objective with its period so far, its headline KPI judged against the target, and the KPIs product.md maps to it.</summary>
public sealed record ObjectiveStatus(
    Objective Objective,
    DayRange Period,
    DayRange SoFar,
    DayRange PreviousSoFar,
    KpiReading Headline,
    KpiVerdict Verdict,
    double? Projection,
    IReadOnlyList<KpiReading> Kpis)
{
    /// <summary>The share of the period gone, today included.</summary>
    public double Elapsed => (double)SoFar.Days / Period.Days;
}

public sealed record KpiBoardResult(DateOnly Today, IReadOnlyList<ObjectiveStatus> Objectives);

/// <summary>
/// The KPI board: for each of the workspace's objectives, the current period to date against the
/// target and against the same days of the previous period. Flows (reach, revenue) are judged pro
/// rata of the days gone; levels and rates against the whole target.
/// </summary>
public sealed class KpiBoard(ObjectiveService objectives, KpiFigures figures, TimeProvider clock)
{
    public async Task<KpiBoardResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var statuses = new List<ObjectiveStatus>();
        // Objectives sharing a period share their reads.
        var cache = new Dictionary<DayRange, IReadOnlyDictionary<KpiMetric, KpiValue>>();
        var chosen = await objectives.ListAsync(cancellationToken);
        foreach (var periodGroup in chosen.GroupBy(o => o.Period))
        {
            var period = periodGroup.Key;
            var (current, soFar, previousSoFar) = Ranges(period, today);
            var wanted = periodGroup.SelectMany(o => KpiMetrics.Of(o.Kind).Append(o.Metric)).ToHashSet();
            var now = await figures.ReadAsync(soFar, wanted, cancellationToken);
            var before = await figures.ReadAsync(previousSoFar, wanted, cancellationToken);
            foreach (var objective in periodGroup)
            {
                KpiReading Reading(KpiMetric m) => new(m, now[m], before[m]);
                var headline = Reading(objective.Metric);
                var elapsed = (double)soFar.Days / current.Days;
                var projection = KpiMetrics.Shape(objective.Metric) == KpiShape.Flow && headline.Value is { } v ? v / elapsed : (double?)null;
                statuses.Add(new ObjectiveStatus(
                    objective, current, soFar, previousSoFar, headline,
                    Judge(objective, headline.Value, elapsed),
                    projection,
                    KpiMetrics.Of(objective.Kind).Select(Reading).ToList()));
            }
        }
        return new KpiBoardResult(today, statuses.OrderBy(s => s.Objective.Kind).ToList());
    }

    /// <summary>The period containing today, its days up to today included, and as many days of the previous period.</summary>
    public static (DayRange Period, DayRange SoFar, DayRange PreviousSoFar) Ranges(ObjectivePeriod period, DateOnly today)
    {
        var current = period.Containing(today);
        var soFar = new DayRange(current.From, today.AddDays(1));
        var previous = period.Previous(today);
        var end = previous.From.AddDays(soFar.Days);
        return (current, soFar, new DayRange(previous.From, end < previous.To ? end : previous.To));
    }

    public static KpiVerdict Judge(Objective objective, double? value, double elapsed)
    {
        if (value is not { } actual)
            return KpiVerdict.NoData;
        if (actual >= objective.Goal)
            return KpiVerdict.Reached;
        var onPace = KpiMetrics.Shape(objective.Metric) == KpiShape.Flow && actual >= objective.Goal * elapsed;
        return onPace ? KpiVerdict.OnTrack : KpiVerdict.Behind;
    }
}
