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
    public async Task<IReadOnlyList<FunnelView>> OverallAndBySourceAsync(DateTime? from = null, DateTime? to = null, CancellationToken cancellationToken = default)
    {
        var stages = await db.Stages.AsNoTracking().Where(s => s.Outcome != StageOutcome.Lost).OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var rank = stages.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var prospects = db.Prospects.AsNoTracking();
        if (from is { } start)
            prospects = prospects.Where(p => p.CreatedAt >= start);
        if (to is { } end)
            prospects = prospects.Where(p => p.CreatedAt < end);
        var sources = await prospects.ToDictionaryAsync(p => p.Id, p => p.SourceChannelId, cancellationToken);
        var channels = await db.Channels.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var changes = await db.StageChanges.AsNoTracking()
            .OrderBy(c => c.ProspectId).ThenBy(c => c.ChangedAt).ThenBy(c => c.Id)
            .Select(c => new { c.ProspectId, c.ToStageId, c.ChangedAt })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        // Per prospect: the furthest stage reached, and the days spent in each stage entered.
        var journeys = changes.Where(c => sources.ContainsKey(c.ProspectId)).GroupBy(c => c.ProspectId).Select(g =>
        {
            var moves = g.ToList();
            var furthest = moves.Where(m => rank.ContainsKey(m.ToStageId)).Select(m => rank[m.ToStageId]).DefaultIfEmpty(-1).Max();
            var stays = moves.Select((m, i) => (m.ToStageId, Days: ((i + 1 < moves.Count ? moves[i + 1].ChangedAt : now) - m.ChangedAt).TotalDays)).ToList();
            return (ProspectId: g.Key, Furthest: furthest, Stays: stays);
        }).ToList();

        var views = new List<FunnelView> { View(null, journeys) };
        foreach (var group in journeys.GroupBy(j => sources.GetValueOrDefault(j.ProspectId)).OrderBy(g => channels.GetValueOrDefault(g.Key)))
            views.Add(View(channels.GetValueOrDefault(group.Key), group.ToList()));
        return views;

        FunnelView View(string? channel, List<(int ProspectId, int Furthest, List<(int ToStageId, double Days)> Stays)> subset) =>
            new(channel, stages.Select((stage, i) =>
            {
                var days = subset.SelectMany(j => j.Stays).Where(s => s.ToStageId == stage.Id).Select(s => s.Days).Order().ToList();
                return new FunnelStep(
                    stage.Id,
                    stage.Name,
                    subset.Count(j => j.Furthest >= i),
                    subset.Count(j => j.Furthest > i),
                    days.Count == 0 ? null : Math.Round(days.Count % 2 == 1 ? days[days.Count / 2] : (days[days.Count / 2 - 1] + days[days.Count / 2]) / 2, 1));
            }).ToList());
    }
}
