using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SocialKpi.Auditing;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Prospects;
using SocialKpi.Users;

namespace SocialKpi.Privacy;

/// <param name="Error">Why nothing was erased, in the user's language.</param>
/// <param name="Erased">Prospects whose personal data is gone.</param>
/// <param name="FilesClean">
/// False when another reader kept the erased values in the files: SQLite's write-ahead log could
/// not be emptied, or a PostgreSQL transaction older than the erasure did not end within 30 s.
/// They leave at the next checkpoint (SQLite) or vacuum (PostgreSQL).
/// </param>
public sealed record ErasureResult(IReadOnlyList<int> Erased, string? Error, bool FilesClean)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// The right to erasure (GDPR article 17) that keeps the figures: a prospect's personal data is
/// removed for good, while its stage history, each activity's kind, channel, time and duration, and
/// its sales' amounts and dates stay, so every report answers as before (product.md, Privacy).
/// SQLite runs with <c>secure_delete</c> (DatabaseSetup), which overwrites what a write frees, and
/// the write-ahead log is emptied afterwards: the files keep no readable trace. PostgreSQL keeps an
/// updated row's old version in the table until it is vacuumed, and plain VACUUM frees its space
/// without overwriting it, so the tables that held the person are rewritten afterwards.
/// </summary>
public sealed class Erasure(SocialKpiDbContext db, TimeProvider clock)
{
    /// <summary>Erases the prospects, all or none; only owners may.</summary>
    public async Task<ErasureResult> EraseAsync(IReadOnlyCollection<int> prospectIds, string? actorId, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(actorId, cancellationToken))
            return new ErasureResult([], Messages.OwnersOnly, FilesClean: true);
        var ids = prospectIds.Distinct().ToList();
        var found = await db.Prospects.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        var missing = ids.Except(found).ToList();
        if (missing.Count > 0)
            return new ErasureResult([], Messages.ProspectsNotFound(string.Join(", ", missing)), FilesClean: true);

        var now = clock.GetUtcNow().UtcDateTime;
        // "Erased prospect #42": the id keeps erased prospects apart on the board and in lists.
        var prefix = Messages.ErasedProspectPrefix;
        var prefixForSearch = ContactNormalizer.ForSearch(prefix);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // Set-based and in chunks: a retention review may erase thousands at once.
            foreach (var chunk in found.Chunk(500))
            {
                await db.Prospects.Where(p => chunk.Contains(p.Id)).ExecuteUpdateAsync(s => s
                    .SetProperty(p => p.Name, p => prefix + p.Id.ToString())
                    .SetProperty(p => p.NameNormalized, p => prefixForSearch + p.Id.ToString())
                    .SetProperty(p => p.Company, (string?)null)
                    .SetProperty(p => p.ExternalRef, (string?)null)
                    .SetProperty(p => p.Email, (string?)null)
                    .SetProperty(p => p.Phone, (string?)null)
                    .SetProperty(p => p.City, (string?)null)
                    .SetProperty(p => p.Notes, (string?)null)
                    .SetProperty(p => p.NextStep, (string?)null)
                    .SetProperty(p => p.NextStepDue, (DateOnly?)null)
                    .SetProperty(p => p.UpdatedAt, now)
                    .SetProperty(p => p.ErasedAt, now)
                    .SetProperty(p => p.RetentionKeptReason, (string?)null)
                    .SetProperty(p => p.Version, p => p.Version + 1), cancellationToken);
                await db.ProspectHandles.Where(h => chunk.Contains(h.ProspectId)).ExecuteDeleteAsync(cancellationToken);
                await db.ProspectTags.Where(t => chunk.Contains(t.ProspectId)).ExecuteDeleteAsync(cancellationToken);
                // An erased person is no one's follow-up any more.
                await db.Activities.Where(a => chunk.Contains(a.ProspectId)).ExecuteUpdateAsync(s => s
                    .SetProperty(a => a.Summary, "")
                    .SetProperty(a => a.NextStep, (string?)null)
                    .SetProperty(a => a.NextStepDue, (DateOnly?)null), cancellationToken);
                await db.ProspectEvents.Where(e => chunk.Contains(e.ProspectId)).ExecuteUpdateAsync(s => s.SetProperty(e => e.Before, ""), cancellationToken);
                await db.Consents.Where(c => chunk.Contains(c.ProspectId)).ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.Evidence, "")
                    .SetProperty(c => c.Source, (string?)null), cancellationToken);
                await db.Sales.Where(s => chunk.Contains(s.ProspectId)).ExecuteUpdateAsync(s => s.SetProperty(x => x.Note, (string?)null), cancellationToken);
            }
            foreach (var id in found)
                db.Audit(clock, AuditAction.ProspectErased, actorId, id);
            await db.SaveChangesAsync(cancellationToken);
            await RebuildIndexesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        var rewritten = await RewritePostgresTablesAsync(cancellationToken);
        return new ErasureResult(found, null, rewritten && await EmptyWriteAheadLogAsync(cancellationToken));
    }

    /// <summary>
    /// An index's inner pages keep copies of some keys as dividers even after the rows are gone, so
    /// an erased name, e-mail, phone or handle could survive there. Rebuilding the indexes that hold
    /// such keys (not whole tables: the others hold ids and dates) frees those pages, which
    /// secure_delete then zeroes. Tags are a small table, rebuilt whole with its primary key.
    /// </summary>
    private async Task RebuildIndexesAsync(CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is not SqliteConnection)
            return;
        string[] personal = [nameof(Prospect.NameNormalized), nameof(Prospect.Email), nameof(Prospect.Phone), nameof(Prospect.ExternalRef), nameof(ProspectHandle.Handle)];
        var names = new[] { typeof(Prospect), typeof(ProspectHandle) }
            .SelectMany(type => db.Model.FindEntityType(type)!.GetIndexes())
            .Where(index => index.Properties.Any(property => personal.Contains(property.Name)))
            .Select(index => index.GetDatabaseName())
            .Append(db.Model.FindEntityType(typeof(ProspectTag))!.GetTableName());
        foreach (var name in names)
        {
            // Names come from the model, not from input.
            var sql = "REINDEX \"" + name + "\";";
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }

    /// <summary>
    /// On PostgreSQL the erased values live on in the old versions of the rows, in the tables and
    /// their indexes, until they are vacuumed; VACUUM FULL writes each table and its indexes anew
    /// with the live rows only. It locks each table while it runs (seconds for a million
    /// activities), which a rare erasure can afford. Outside the transaction: VACUUM cannot run in one.
    /// A transaction that began before the erasure may still see the old rows, and VACUUM FULL keeps
    /// them for it: the rewrite waits (30 s at most) for those to end, and says false if some did not.
    /// </summary>
    private async Task<bool> RewritePostgresTablesAsync(CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is not NpgsqlConnection connection)
            return true;
        var clean = await WaitForOlderTransactionsAsync(connection, cancellationToken);
        Type[] personal = [typeof(Prospect), typeof(ProspectHandle), typeof(ProspectTag), typeof(Activities.Activity), typeof(ProspectEvent), typeof(Consent), typeof(Sales.Sale)];
        foreach (var type in personal)
        {
            // Names come from the model, not from input.
            var sql = "VACUUM FULL \"" + db.Model.FindEntityType(type)!.GetTableName() + "\";";
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
        return clean;
    }

    /// <summary>
    /// Waits until no other session holds a transaction or a snapshot from before now: a report's
    /// long read, or autovacuum analysing a table. Sessions of every database count, not only this
    /// one's: VACUUM FULL's own snapshot takes its horizon from the transactions running anywhere
    /// on the server, and keeps the rows an older one could see. The app's role sees other roles'
    /// sessions only with <c>pg_read_all_stats</c> (docs/privacy.md).
    /// </summary>
    private async Task<bool> WaitForOlderTransactionsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND (backend_xid IS NOT NULL OR backend_xmin IS NOT NULL) AND xact_start < $1",
                connection);
            command.Parameters.Add(new NpgsqlParameter { Value = await ServerTimeAsync(connection, cancellationToken) });
            for (var attempt = 0; attempt < 300; attempt++)
            {
                if ((long)(await command.ExecuteScalarAsync(cancellationToken))! == 0)
                    return true;
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
            return false;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<DateTime> ServerTimeAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var now = new NpgsqlCommand("SELECT clock_timestamp()", connection);
        return (DateTime)(await now.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Copies the log's pages into the database file and truncates the log, so that the erased
    /// values' old pages are not left in it. Busy readers can keep it from finishing; the caller says so.
    /// </summary>
    private async Task<bool> EmptyWriteAheadLogAsync(CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is not SqliteConnection)
            return true;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            // One row: busy (1 when blocked), pages in the log, pages checkpointed.
            return await reader.ReadAsync(cancellationToken) && reader.GetInt32(0) == 0;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
