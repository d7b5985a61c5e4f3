using Microsoft.EntityFrameworkCore;
using SocialKpi.Auditing;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Users;

namespace SocialKpi.Privacy;

public sealed record RetentionCandidate(int Id, string Name, string? Company, string Stage, DateTime LastContactAt, DateTime? KeptAt, string? KeptReason);

public sealed record RetentionList(IReadOnlyList<RetentionCandidate> Prospects, int Total);

/// <summary>
/// The CNIL's guideline for prospects: no longer than three years without contact. Prospects quiet
/// for three years (counting from the last activity, or from the day an owner chose to keep them)
/// are flagged; an owner erases them or keeps some, with a reason (product.md, Privacy).
/// </summary>
public sealed class RetentionReview(SocialKpiDbContext db, TimeProvider clock)
{
    public const int Years = 3;

    public const int PageSize = 100;

    /// <summary>True when the prospect is due for review: three years without contact, not erased, not kept since.</summary>
    public bool IsDue(DateTime lastActivityAt, DateTime? keptAt, DateTime? erasedAt) =>
        erasedAt is null && lastActivityAt < Cutoff && (keptAt is null || keptAt < Cutoff);

    private DateTime Cutoff => clock.GetUtcNow().UtcDateTime.AddYears(-Years);

    /// <summary>The prospects due, longest silent first.</summary>
    public async Task<RetentionList> DueAsync(int page = 1, int size = PageSize, CancellationToken cancellationToken = default)
    {
        var due = Due();
        var total = await due.CountAsync(cancellationToken);
        var prospects = await due
            .OrderBy(p => p.LastActivityAt).ThenBy(p => p.Id)
            .Skip((Math.Max(1, page) - 1) * size).Take(size)
            .Select(p => new RetentionCandidate(p.Id, p.Name, p.Company, p.Stage!.Name, p.LastActivityAt, p.RetentionKeptAt, p.RetentionKeptReason))
            .ToListAsync(cancellationToken);
        return new RetentionList(prospects, total);
    }

    /// <summary>Keeps the prospects three more years, for the reason given; owners only.</summary>
    public async Task<SaveResult> KeepAsync(IReadOnlyCollection<int> prospectIds, string? reason, string? actorId, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(actorId, cancellationToken))
            return Permissions.OwnersOnly();
        var (cleaned, error) = CatalogueName.Clean(reason, Limits.Name);
        if (error is not null)
            return SaveResult.Failed("Reason", string.IsNullOrWhiteSpace(reason) ? Messages.RetentionReasonRequired : error);
        var ids = prospectIds.Distinct().ToList();
        var found = await db.Prospects.Where(p => ids.Contains(p.Id) && p.ErasedAt == null).Select(p => p.Id).ToListAsync(cancellationToken);
        if (ids.Except(found).ToList() is { Count: > 0 } missing)
            return SaveResult.Failed("", Messages.ProspectsNotFound(string.Join(", ", missing)));
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Prospects.Where(p => ids.Contains(p.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.RetentionKeptAt, now)
            .SetProperty(p => p.RetentionKeptReason, cleaned)
            .SetProperty(p => p.Version, p => p.Version + 1), cancellationToken);
        foreach (var id in ids)
            db.Audit(clock, AuditAction.RetentionKept, actorId, id, cleaned);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SaveResult.Done;
    }

    private IQueryable<Prospects.Prospect> Due()
    {
        var cutoff = Cutoff;
        return db.Prospects.AsNoTracking().Where(p => p.ErasedAt == null && p.LastActivityAt < cutoff && (p.RetentionKeptAt == null || p.RetentionKeptAt < cutoff));
    }
}
