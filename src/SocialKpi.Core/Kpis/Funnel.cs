using Microsoft.EntityFrameworkCore;
using SocialKpi.Data;
using SocialKpi.Pipeline;

namespace SocialKpi.Kpis;

/// <summary>One step of the funnel: how many prospects reached the stage, went further, and how long they stayed.</summary>
public sealed record FunnelStep(int StageId, string Stage, int Reached, int WentFurther, double? MedianDaysInStage)
{
    /// <summary>Of the prospects that reached this stage, the share that reached a later one.</summary>
    public double? ConversionToNext => Reached == 0 ? null : (double)WentFurther / Reached;
}

public sealed record FunnelView(string? Channel, IReadOnlyList<FunnelStep> Steps);

/// <summary>
/// Stage-to-stage conversion and time in stage, from the stage history: a prospect reached every
/// stage up to the furthest open or won stage it ever entered (skipping a stage still counts it),
/// and the time in a stage runs from entering it to the next move (or now).
/// </summary>
public sealed class Funnel(SocialKpiDbContext db, TimeProvider clock)
{
    /// <param name="from">With <paramref name="to"/>: only prospects created in [from, to), in UTC; null for no bound.</param>
    /// <remarks>
    /// One pass over the stage history, in prospect order, adds each journey to the overall view and
    /// to its source's: the report runs in the time of reading the history, which matters when a
    /// team shares the server (the load run of issue 13 had it at 5 s and more before).
    /// </remarks>
    public async Task<IReadOnlyList<FunnelView>> OverallAndBySourceAsync(DateTime? from = null, DateTime? to = null, CancellationToken cancellationToken = default)
    {
        var stages = await db.Stages.AsNoTracking().Where(s => s.Outcome != StageOutcome.Lost).OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var rank = stages.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var prospects = db.Prospects.AsNoTracking();
        if (from is { } start)
            prospects = prospects.Where(p => p.CreatedAt >= start);
        if (to is { } end)
            prospects = prospects.Where(p => p.CreatedAt < end);
        var sources = await prospects.Select(p => new { p.Id, p.SourceChannelId }).ToDictionaryAsync(p => p.Id, p => p.SourceChannelId, cancellationToken);
        var channels = await db.Channels.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var changes = await db.StageChanges.AsNoTracking()
            .OrderBy(c => c.ProspectId).ThenBy(c => c.ChangedAt).ThenBy(c => c.Id)
            .Select(c => new StageEntry(c.ProspectId, c.ToStageId, c.ChangedAt))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        var overall = new Tally(stages.Count);
        var bySource = new Dictionary<int, Tally>();
        for (var first = 0; first < changes.Count;)
        {
            var prospectId = changes[first].ProspectId;
            var last = first;
            while (last + 1 < changes.Count && changes[last + 1].ProspectId == prospectId)
                last++;
            if (sources.TryGetValue(prospectId, out var source))
            {
                var bySourceTally = bySource.TryGetValue(source, out var tally) ? tally : bySource[source] = new Tally(stages.Count);
                // The furthest open or won stage entered, and the days spent in each stage entered (to the next move, or now).
                var furthest = -1;
                for (var i = first; i <= last; i++)
                {
                    if (!rank.TryGetValue(changes[i].ToStageId, out var stage))
                        continue;
                    furthest = Math.Max(furthest, stage);
                    var days = ((i < last ? changes[i + 1].ChangedAt : now) - changes[i].ChangedAt).TotalDays;
                    overall.Days[stage].Add(days);
                    bySourceTally.Days[stage].Add(days);
                }
                overall.Add(furthest);
                bySourceTally.Add(furthest);
            }
            first = last + 1;
        }

        var views = new List<FunnelView> { overall.View(null, stages) };
        foreach (var (source, tally) in bySource.OrderBy(s => channels.GetValueOrDefault(s.Key)))
            views.Add(tally.View(channels.GetValueOrDefault(source), stages));
        return views;
    }

    private readonly record struct StageEntry(int ProspectId, int ToStageId, DateTime ChangedAt);

    /// <summary>One view's journeys: how many went no further than each stage, and the stays in each.</summary>
    private sealed class Tally(int stageCount)
    {
        // FurthestCount[i + 1]: journeys whose furthest stage is i (index 0: none of the funnel's stages).
        private readonly int[] furthestCount = new int[stageCount + 1];

        public List<double>[] Days { get; } = [.. Enumerable.Range(0, stageCount).Select(_ => new List<double>())];

        public void Add(int furthest) => furthestCount[furthest + 1]++;

        public FunnelView View(string? channel, IReadOnlyList<Stage> stages)
        {
            var steps = new List<FunnelStep>(stages.Count);
            // Reached stage i: furthest at i or beyond; went further: beyond i.
            var reached = furthestCount.Skip(1).Sum();
            for (var i = 0; i < stages.Count; i++)
            {
                var wentFurther = reached - furthestCount[i + 1];
                steps.Add(new FunnelStep(stages[i].Id, stages[i].Name, reached, wentFurther, Median(Days[i])));
                reached = wentFurther;
            }
            return new FunnelView(channel, steps);
        }

        private static double? Median(List<double> days)
        {
            if (days.Count == 0)
                return null;
            days.Sort();
            var middle = days.Count / 2;
            return Math.Round(days.Count % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2, 1);
        }
    }
}
