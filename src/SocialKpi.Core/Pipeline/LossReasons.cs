using Microsoft.EntityFrameworkCore;
using SocialKpi.Auditing;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Users;

namespace SocialKpi.Pipeline;

/// <summary>The editable list of reasons a prospect is lost: add, archive (old moves keep theirs), restore.</summary>
public sealed class LossReasons(SocialKpiDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<LossReason>> AllAsync(CancellationToken cancellationToken = default) =>
        await db.LossReasons.AsNoTracking().OrderBy(r => r.IsArchived).ThenBy(r => r.Name).ToListAsync(cancellationToken);

    public async Task<SaveResult> AddAsync(string? name, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(actorId, cancellationToken))
            return Permissions.OwnersOnly();
        var (trimmed, error) = CatalogueName.Clean(name);
        if (error is not null)
            return SaveResult.Failed("Name", error);
        var existing = await db.LossReasons.Select(r => r.Name).ToListAsync(cancellationToken);
        if (existing.Any(r => CatalogueName.Key(r) == CatalogueName.Key(trimmed)))
            return SaveResult.Failed("Name", Messages.LossReasonExists(trimmed));
        var reason = new LossReason { Name = trimmed };
        db.LossReasons.Add(reason);
        db.Audit(clock, AuditAction.SettingChanged, actorId, detail: $"loss reason added: {trimmed}");
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(reason.Id);
    }

    public async Task<bool> SetArchivedAsync(int id, bool archived, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(actorId, cancellationToken)
            || await db.LossReasons.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.IsArchived, archived), cancellationToken) == 0)
            return false;
        db.Audit(clock, AuditAction.SettingChanged, actorId, detail: $"loss reason #{id} {(archived ? "archived" : "restored")}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
