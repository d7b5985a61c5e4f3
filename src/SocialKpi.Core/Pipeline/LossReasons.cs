using Microsoft.EntityFrameworkCore;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Users;

namespace SocialKpi.Pipeline;

/// <summary>The editable list of reasons a prospect is lost: add, archive (old moves keep theirs), restore.</summary>
public sealed class LossReasons(SocialKpiDbContext db)
{
    public async Task<IReadOnlyList<LossReason>> AllAsync(CancellationToken cancellationToken = default) =>
        await db.LossReasons.AsNoTracking().OrderBy(r => r.IsArchived).ThenBy(r => r.Name).ToListAsync(cancellationToken);

    public async Task<SaveResult> AddAsync(string? name, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(actorId, cancellationToken))
            return Permissions.OwnersOnly();
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
            return SaveResult.Failed("Name", Messages.NameRequired);
        if (trimmed.Length > Limits.ShortText)
            return SaveResult.Failed("Name", Messages.TooLong(Limits.ShortText));
        var lowered = trimmed.ToLower();
        if (await db.LossReasons.AnyAsync(r => r.Name.ToLower() == lowered, cancellationToken))
            return SaveResult.Failed("Name", Messages.LossReasonExists(trimmed));
        var reason = new LossReason { Name = trimmed };
        db.LossReasons.Add(reason);
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(reason.Id);
    }

    public async Task<bool> SetArchivedAsync(int id, bool archived, string? actorId = null, CancellationToken cancellationToken = default) =>
        await db.CanManageAsync(actorId, cancellationToken)
        && await db.LossReasons.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.IsArchived, archived), cancellationToken) > 0;
}
