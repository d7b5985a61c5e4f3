using Microsoft.EntityFrameworkCore;
using SocialKpi.Data;

namespace SocialKpi.Pipeline;

public sealed record StageTotals(int StageId, string Name, StageOutcome Outcome, int WinProbability, int Prospects, decimal Value)
{
    /// <summary>Estimated value × the stage's chance of winning.</summary>
    public decimal WeightedValue => Value * WinProbability / 100m;
}

/// <summary>Counts and values per stage, computed by aggregate queries rather than by loading prospects.</summary>
public sealed class PipelineSummary(SocialKpiDbContext db)
{
    public async Task<IReadOnlyList<StageTotals>> ByStageAsync(CancellationToken cancellationToken = default)
    {
        var totals = await db.Prospects.AsNoTracking()
            .GroupBy(p => p.StageId)
            .Select(g => new { StageId = g.Key, Count = g.Count(), Value = g.Sum(p => p.EstimatedValue) })
            .ToDictionaryAsync(t => t.StageId, cancellationToken);
        var stages = await db.Stages.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken);
        return stages.Select(s => totals.TryGetValue(s.Id, out var t)
                ? new StageTotals(s.Id, s.Name, s.Outcome, s.WinProbability, t.Count, t.Value ?? 0)
                : new StageTotals(s.Id, s.Name, s.Outcome, s.WinProbability, 0, 0))
            .ToList();
    }
}
