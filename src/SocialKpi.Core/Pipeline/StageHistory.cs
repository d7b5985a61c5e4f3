using Microsoft.EntityFrameworkCore;
using SocialKpi.Data;

namespace SocialKpi.Pipeline;

public sealed record StageHistoryEntry(DateTime ChangedAt, string? FromStage, string ToStage, string? ChangedBy);

/// <summary>A prospect's moves through the pipeline, newest first.</summary>
public sealed class StageHistory(SocialKpiDbContext db)
{
    public async Task<IReadOnlyList<StageHistoryEntry>> ForProspectAsync(int prospectId, CancellationToken cancellationToken = default) =>
        await (from change in db.StageChanges.AsNoTracking()
               where change.ProspectId == prospectId
               join to in db.Stages on change.ToStageId equals to.Id
               join previous in db.Stages on change.FromStageId equals (int?)previous.Id into previousStages
               from previous in previousStages.DefaultIfEmpty()
               join user in db.Users on change.ChangedById equals user.Id into users
               from user in users.DefaultIfEmpty()
               orderby change.ChangedAt descending, change.Id descending
               select new StageHistoryEntry(change.ChangedAt, previous == null ? null : previous.Name, to.Name, user == null ? null : user.DisplayName))
            .ToListAsync(cancellationToken);
}
