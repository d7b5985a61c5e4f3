using Microsoft.EntityFrameworkCore;
using SocialKpi.Auditing;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Users;

namespace SocialKpi.Objectives;

/// <summary>The workspace's objectives: the owner's, like the other settings; one per kind.</summary>
public sealed class ObjectiveService(SocialKpiDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<Objective>> ListAsync(CancellationToken cancellationToken = default) =>
        (await db.Objectives.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(o => o.Kind).ToList();

    /// <summary>Sets the objective of the input's kind, replacing the one there was.</summary>
    public async Task<SaveResult> SaveAsync(ObjectiveInput input, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(actorId, cancellationToken))
            return Permissions.OwnersOnly();
        if (!Enum.IsDefined(input.Kind))
            return SaveResult.Failed(nameof(input.Kind), Messages.ObjectiveKindInvalid);
        if (!KpiMetrics.Of(input.Kind).Contains(input.Metric))
            return SaveResult.Failed(nameof(input.Metric), Messages.ObjectiveMetricInvalid);
        if (!Enum.IsDefined(input.Period))
            return SaveResult.Failed(nameof(input.Period), Messages.ObjectivePeriodInvalid);
        if (ObjectiveInput.ParseTarget(input.Metric, input.Target) is not { } target)
            return SaveResult.Failed(nameof(input.Target), TargetMessage(input.Metric));

        var objective = await db.Objectives.FirstOrDefaultAsync(o => o.Kind == input.Kind, cancellationToken);
        if (objective is null)
        {
            objective = new Objective { Kind = input.Kind };
            db.Objectives.Add(objective);
        }
        objective.Metric = input.Metric;
        objective.Target = target;
        objective.Period = input.Period;
        objective.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        db.Audit(clock, AuditAction.SettingChanged, actorId, detail: $"objective {input.Kind}: {input.Metric} {target} per {input.Period}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (objective.Id == 0)
        {
            // Two owners set the same kind at once; the unique index kept the first.
            return SaveResult.Conflict(Messages.ObjectiveChangedMeanwhile);
        }
        return SaveResult.Saved(objective.Id);
    }

    public async Task<SaveResult> RemoveAsync(ObjectiveKind kind, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(actorId, cancellationToken))
            return Permissions.OwnersOnly();
        await db.Objectives.Where(o => o.Kind == kind).ExecuteDeleteAsync(cancellationToken);
        db.Audit(clock, AuditAction.SettingChanged, actorId, detail: $"objective {kind} removed");
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Done;
    }

    private static string TargetMessage(KpiMetric metric) => KpiMetrics.Shape(metric) switch
    {
        KpiShape.Rate => Messages.ObjectiveTargetPercent,
        _ when KpiMetrics.IsMoney(metric) => Messages.ObjectiveTargetAmount,
        _ => Messages.ObjectiveTargetCount,
    };
}
