using Microsoft.EntityFrameworkCore;
using SocialKpi.Data;
using SocialKpi.Pipeline;
using SocialKpi.Prospects;

namespace SocialKpi.Importing;

/// <summary>
/// The one way an import writes new prospects: ids after the highest, each with its entry into the
/// pipeline and its handle (on its source channel), through <see cref="BulkWriter"/>. The caller
/// owns the transaction and has set everything else on the prospects.
/// </summary>
internal static class ImportedProspects
{
    /// <summary>How many records <see cref="WriteAsync"/> writes for these rows: each prospect, its entry into the pipeline, its handle.</summary>
    public static int Records(IReadOnlyList<(Prospect Prospect, string? Handle)> rows) => rows.Count * 2 + rows.Count(r => r.Handle is not null);

    public static async Task WriteAsync(SocialKpiDbContext db, IReadOnlyList<(Prospect Prospect, string? Handle)> rows, ImportProgressCounter? writing, CancellationToken cancellationToken)
    {
        var nextId = (await db.Prospects.MaxAsync(p => (int?)p.Id, cancellationToken) ?? 0) + 1;
        var nextChange = (await db.StageChanges.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0) + 1;
        var nextHandle = (await db.ProspectHandles.MaxAsync(h => (int?)h.Id, cancellationToken) ?? 0) + 1;
        var changes = new List<StageChange>(rows.Count);
        var handles = new List<ProspectHandle>(rows.Count);
        foreach (var (prospect, handle) in rows)
        {
            prospect.Id = nextId++;
            changes.Add(new StageChange { Id = nextChange++, ProspectId = prospect.Id, ToStageId = prospect.StageId, ChangedAt = prospect.CreatedAt });
            if (handle is not null)
                handles.Add(new ProspectHandle { Id = nextHandle++, ProspectId = prospect.Id, ChannelId = prospect.SourceChannelId, Handle = handle });
        }
        await BulkWriter.InsertAsync(db, Counted(rows.Select(r => r.Prospect)), cancellationToken);
        await BulkWriter.InsertAsync(db, Counted(changes), cancellationToken);
        await BulkWriter.InsertAsync(db, Counted(handles), cancellationToken);

        IEnumerable<T> Counted<T>(IEnumerable<T> records) => writing is null ? records : writing.Counting(records);
    }
}
