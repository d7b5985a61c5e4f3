using Microsoft.EntityFrameworkCore;
using SocialKpi.Auditing;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Pipeline;
using SocialKpi.Prospects;
using SocialKpi.Users;

namespace SocialKpi.Importing;

/// <summary>An import as the wizard lists it.</summary>
public sealed record ImportLine(int Id, ImportSource Source, string Name, string? FileName, DateTime ImportedAt, string? ImportedBy, int Rows, int Created, int Filled, int Skipped, DateTime? RevertedAt, string? RevertedBy);

/// <summary>A prospect that holds a revert back: something was logged on it, or it was changed, after the import.</summary>
public sealed record ProspectName(int Id, string Name);

public sealed record ImportRevertResult(bool Reverted, string? Error, IReadOnlyList<ProspectName> ChangedSince);

/// <summary>
/// The imports done, and their revert (issue 12): what an import created goes, what it filled on
/// prospects already there is emptied again, and a sales import's moves to won are undone. A
/// revert is refused, naming the prospects, when any of them was worked on since (an activity or a
/// sale logged, a move, an edit): undoing the import would then undo someone's work.
/// </summary>
public sealed class PastImports(SocialKpiDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ImportLine>> ListAsync(int count = 50, CancellationToken cancellationToken = default)
    {
        var users = db.Users.AsNoTracking();
        return await db.ImportBatches.AsNoTracking()
            .OrderByDescending(b => b.ImportedAt).ThenByDescending(b => b.Id)
            .Take(count)
            .Select(b => new ImportLine(b.Id, b.Source, b.Name, b.FileName, b.ImportedAt,
                users.Where(u => u.Id == b.ImportedById).Select(u => u.DisplayName).FirstOrDefault(),
                b.Rows, b.Created, b.Filled, b.Skipped, b.RevertedAt,
                users.Where(u => u.Id == b.RevertedById).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Records an import about to write, in the audit log too; its rows then carry the returned id. The caller owns the transaction.</summary>
    internal static async Task<ImportBatch> BeginAsync(SocialKpiDbContext db, TimeProvider clock, ImportSource source, string name, string? fileName, string? actorId, int rows, int created, CancellationToken cancellationToken)
    {
        var batch = new ImportBatch
        {
            Source = source,
            Name = Cut(name),
            FileName = fileName is null ? null : Cut(Path.GetFileName(fileName)),
            ImportedById = actorId,
            ImportedAt = clock.GetUtcNow().UtcDateTime,
            Rows = rows,
            Created = created,
        };
        db.ImportBatches.Add(batch);
        // In the import's own transaction: the log never claims an import that was rolled back.
        db.Audit(clock, AuditAction.Imported, actorId, detail: $"{source.ToString().ToLowerInvariant()}: {batch.FileName ?? batch.Name}, {rows} row(s)");
        await db.SaveChangesAsync(cancellationToken);
        return batch;

        static string Cut(string text) => text.Length > Limits.Name ? text[..Limits.Name] : text;
    }

    public async Task<ImportRevertResult> RevertAsync(int id, string? actorId, CancellationToken cancellationToken = default)
    {
        if (!await db.CanEditAsync(actorId, cancellationToken))
            return new ImportRevertResult(false, Messages.ViewerCannotEdit, []);
        var batch = await db.ImportBatches.FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (batch is null)
            return new ImportRevertResult(false, Messages.ImportNotFound(id), []);
        if (batch.RevertedAt is not null)
            return new ImportRevertResult(false, Messages.ImportAlreadyReverted, []);

        var touched = await TouchedAsync(id, cancellationToken);
        var changed = await ChangedSinceAsync(batch, touched, cancellationToken);
        if (changed.Count > 0)
            return new ImportRevertResult(false, Messages.ImportChangedSince(changed.Count, string.Join(", ", changed.Take(10).Select(p => p.Name))), changed);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await UndoFillsAsync(id, now, cancellationToken);
        await UndoMovesToWonAsync(id, cancellationToken);
        var activityProspects = await db.Activities.Where(a => a.ImportBatchId == id).Select(a => a.ProspectId).Distinct().ToListAsync(cancellationToken);
        await db.Sales.Where(s => s.ImportBatchId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Activities.Where(a => a.ImportBatchId == id).ExecuteDeleteAsync(cancellationToken);
        // The last contact goes back to the latest activity left, or to the prospect's creation.
        await db.Prospects.Where(p => activityProspects.Contains(p.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.LastActivityAt, p => db.Activities.Where(a => a.ProspectId == p.Id).Max(a => (DateTime?)a.OccurredAt) ?? p.CreatedAt), cancellationToken);
        // What hangs on a created prospect (handles, tags, its entry into the pipeline) goes with it.
        await db.Prospects.Where(p => p.ImportBatchId == id).ExecuteDeleteAsync(cancellationToken);
        (batch.RevertedAt, batch.RevertedById) = (now, actorId);
        db.Audit(clock, AuditAction.ImportReverted, actorId, detail: $"{batch.Source.ToString().ToLowerInvariant()}: {batch.Name}, {batch.Created} created, {batch.Filled} filled");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportRevertResult(true, null, []);
    }

    /// <summary>The prospects an import created, filled, or logged activities and sales on.</summary>
    private async Task<List<int>> TouchedAsync(int id, CancellationToken cancellationToken)
    {
        var created = await db.Prospects.Where(p => p.ImportBatchId == id).Select(p => p.Id).ToListAsync(cancellationToken);
        var filled = await db.ImportFills.Where(f => f.ImportBatchId == id).Select(f => f.ProspectId).ToListAsync(cancellationToken);
        var logged = await db.Activities.Where(a => a.ImportBatchId == id).Select(a => a.ProspectId).Distinct().ToListAsync(cancellationToken);
        var sold = await db.Sales.Where(s => s.ImportBatchId == id).Select(s => s.ProspectId).Distinct().ToListAsync(cancellationToken);
        return [.. created.Concat(filled).Concat(logged).Concat(sold).Distinct()];
    }

    /// <summary>
    /// Of those, the ones worked on after the import: an activity or a sale recorded later (by hand
    /// or by another import), a stage move, an edit or an erasure.
    /// </summary>
    private async Task<List<ProspectName>> ChangedSinceAsync(ImportBatch batch, List<int> touched, CancellationToken cancellationToken)
    {
        var (id, since) = (batch.Id, batch.ImportedAt);
        return await db.Prospects.AsNoTracking()
            .Where(p => touched.Contains(p.Id))
            .Where(p => p.UpdatedAt > since || p.ErasedAt != null
                || db.Activities.Any(a => a.ProspectId == p.Id && a.CreatedAt > since && (a.ImportBatchId == null || a.ImportBatchId != id))
                || db.Sales.Any(s => s.ProspectId == p.Id && s.CreatedAt > since && (s.ImportBatchId == null || s.ImportBatchId != id))
                || db.StageChanges.Any(c => c.ProspectId == p.Id && c.ChangedAt > since && (c.ImportBatchId == null || c.ImportBatchId != id)))
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Select(p => new ProspectName(p.Id, p.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Empties again what the import filled on prospects that were already there.</summary>
    private async Task UndoFillsAsync(int id, DateTime now, CancellationToken cancellationToken)
    {
        var fills = await db.ImportFills.Where(f => f.ImportBatchId == id).ToListAsync(cancellationToken);
        if (fills.Count == 0)
            return;
        var ids = fills.Select(f => f.ProspectId).Distinct().ToList();
        var prospects = await db.Prospects.Include(p => p.Handles).Include(p => p.Tags).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var fill in fills)
        {
            var prospect = prospects[fill.ProspectId];
            if (ImportFillField.Columns.FirstOrDefault(c => c.Name == fill.Field) is { } column)
                column.Clear(prospect);
            else if (fill.Field.StartsWith(ImportFillField.HandlePrefix, StringComparison.Ordinal))
                prospect.Handles.RemoveAll(h => ImportFillField.Handle(h.ChannelId) == fill.Field);
            else if (fill.Field.StartsWith(ImportFillField.TagPrefix, StringComparison.Ordinal))
                prospect.Tags.RemoveAll(t => ImportFillField.Tag(t.Name) == fill.Field);
        }
        foreach (var prospect in prospects.Values)
        {
            prospect.UpdatedAt = now;
            prospect.Version++;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A sales import moved each prospect's first sale to won: each goes back to the stage it left.</summary>
    private async Task UndoMovesToWonAsync(int id, CancellationToken cancellationToken)
    {
        var moves = await db.StageChanges.Where(c => c.ImportBatchId == id).ToListAsync(cancellationToken);
        if (moves.Count == 0)
            return;
        var ids = moves.Select(m => m.ProspectId).Distinct().ToList();
        var prospects = await db.Prospects.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var previous = await db.StageChanges.AsNoTracking()
            .Where(c => ids.Contains(c.ProspectId) && (c.ImportBatchId == null || c.ImportBatchId != id))
            .GroupBy(c => c.ProspectId)
            .Select(g => new { ProspectId = g.Key, At = g.Max(c => c.ChangedAt) })
            .ToDictionaryAsync(g => g.ProspectId, g => g.At, cancellationToken);
        foreach (var move in moves)
        {
            var prospect = prospects[move.ProspectId];
            prospect.StageId = move.FromStageId ?? prospect.StageId;
            prospect.StageChangedAt = previous.GetValueOrDefault(move.ProspectId, prospect.CreatedAt);
            prospect.Version++;
        }
        db.StageChanges.RemoveRange(moves);
        await db.SaveChangesAsync(cancellationToken);
    }
}
