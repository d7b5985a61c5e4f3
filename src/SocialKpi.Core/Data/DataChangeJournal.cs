using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SocialKpi.Activities;
using SocialKpi.Channels;
using SocialKpi.Prospects;
using SocialKpi.Sales;

namespace SocialKpi.Data;

/// <summary>
/// Writes one <see cref="DataChange"/> per committed write, in the write's own transaction when it
/// has one, naming the prospects it touched when EF's change tracker knows them (decision 0026).
/// Safe by default: a commit this class cannot account for (a statement EF did not track, the bulk
/// writer, a transaction it saw no write in) is recorded as "anything may have changed".
/// </summary>
public static class DataChangeJournal
{
    /// <summary>Beyond this many prospects a write is recorded as "anything": re-reading everything is quicker then.</summary>
    internal const int MostProspects = 1000;

    /// <summary>How many entries are kept; a reader further behind than that starts over.</summary>
    internal const int Kept = 10_000;

    private static readonly ConditionalWeakTable<DbContext, Pending> PendingByContext = new();

    /// <summary>What a context has written since its transaction began, or since its last SaveChanges.</summary>
    private sealed class Pending
    {
        public readonly List<EntityEntry> Entities = [];
        public readonly HashSet<int> Prospects = [];
        public bool Anything;
        public bool Written;
        public bool Migrating;
        public IReadOnlyCollection<int>? Declared;
    }

    /// <summary>
    /// The tables whose rows the attribution report reads. A statement EF does not track (an
    /// ExecuteUpdate) on one of them may change anything, unless its caller said which prospects it
    /// touches (<see cref="Limit"/>); on any other table it changes nothing the report reads.
    /// </summary>
    private static readonly HashSet<string> ReadByReports = new(StringComparer.Ordinal) { "Prospects", "Activities", "Sales", "Channels" };

    private static readonly System.Text.RegularExpressions.Regex StatementTable = new(
        """^\s*(?:UPDATE|DELETE\s+FROM|INSERT\s+(?:OR\s+\w+\s+)?INTO)\s+"(\w+)"(?:\s+AS\s+"\w+")?\s""",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>For writes EF does not see (the bulk writer): the next commit of this context records "anything".</summary>
    public static void WroteAnything(DbContext db) => PendingByContext.GetOrCreateValue(db).Anything = true;

    /// <summary>
    /// Says that the statements this context runs until the result is disposed touch only these
    /// prospects, so that the journal names them instead of "anything" (a log's refresh of its
    /// prospect's last-activity time, a prospect's deletion).
    /// </summary>
    public static IDisposable Limit(DbContext db, params int[] prospects)
    {
        var pending = PendingByContext.GetOrCreateValue(db);
        pending.Declared = prospects;
        return new Unlimit(db);
    }

    private sealed class Unlimit(DbContext db) : IDisposable
    {
        public void Dispose()
        {
            if (PendingByContext.TryGetValue(db, out var pending))
                pending.Declared = null;
        }
    }

    internal static void Collect(DbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
                continue;
            var pending = PendingByContext.GetOrCreateValue(db);
            pending.Written = true;
            switch (entry.Entity)
            {
                // Ids are read at commit: an added row's key, and an added activity's prospect, are known only once saved.
                case Activity or Sale or Prospect:
                    pending.Entities.Add(entry);
                    if (entry.State == EntityState.Modified && entry.Metadata.FindProperty(nameof(Activity.ProspectId)) is { } moved)
                        pending.Prospects.Add((int)entry.Property(moved.Name).OriginalValue!);
                    break;
                // The database clears the channel of that channel's activities, which EF does not track.
                case Channel when entry.State == EntityState.Deleted:
                    pending.Anything = true;
                    break;
            }
        }
    }

    /// <summary>Whether the context has written anything not yet recorded.</summary>
    internal static bool HasPending(DbContext db) => PendingByContext.TryGetValue(db, out var pending) && (pending.Written || pending.Anything);

    internal static void MarkMigration(DbContext? db)
    {
        if (db is not null)
            PendingByContext.GetOrCreateValue(db).Migrating = true;
    }

    /// <summary>Notes a statement EF did not track, by the table it names.</summary>
    internal static void MarkUntracked(DbContext? db, string sql)
    {
        if (db is null)
            return;
        var table = StatementTable.Match(sql) is { Success: true } match ? match.Groups[1].Value : null;
        // EF's own bookkeeping: the lock every start's migration check takes and releases.
        if (table is not null && table.StartsWith("__EF", StringComparison.Ordinal))
            return;
        var pending = PendingByContext.GetOrCreateValue(db);
        pending.Written = true;
        if (table is not null && !ReadByReports.Contains(table))
            return;
        if (table is not null && pending.Declared is { } declared)
            pending.Prospects.UnionWith(declared);
        else
            pending.Anything = true;
    }

    internal static void Forget(DbContext? db)
    {
        if (db is not null)
            PendingByContext.Remove(db);
    }

    /// <summary>Records what the context wrote, in <paramref name="transaction"/> (its own, about to commit) or in one of its own.</summary>
    internal static async Task RecordAsync(DbContext? db, DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        Pending? pending = null;
        if (db is not null && PendingByContext.TryGetValue(db, out pending))
            PendingByContext.Remove(db);
        if (pending is { Migrating: true })
            return; // the journal's table may not exist yet
        // Nothing seen: a write EF did not see (raw SQL) is possible, so assume the worst.
        var prospects = pending is null || pending.Anything || !pending.Written ? null : Describe(pending);
        if (transaction is not null)
        {
            await InsertAsync(connection, transaction, prospects, cancellationToken);
            return;
        }
        // EF closes the connection after a statement it opened it for; opening it through the
        // context keeps the per-connection settings (SQLite's pragmas).
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            if (db is not null)
                await db.Database.OpenConnectionAsync(cancellationToken);
            else
                await connection.OpenAsync(cancellationToken);
        }
        try
        {
            await using var own = await connection.BeginTransactionAsync(cancellationToken);
            await InsertAsync(connection, own, prospects, cancellationToken);
            await own.CommitAsync(cancellationToken);
        }
        finally
        {
            if (opened && db is not null)
                await db.Database.CloseConnectionAsync();
            else if (opened)
                await connection.CloseAsync();
        }
    }

    private static string? Describe(Pending pending)
    {
        // Through the entry: until EF accepts the changes (after the commit) a generated key is the
        // entry's, not yet the object's.
        foreach (var entry in pending.Entities)
            pending.Prospects.Add((int)entry.Property(entry.Entity is Prospect ? nameof(Prospect.Id) : nameof(Activity.ProspectId)).CurrentValue!);
        return pending.Prospects.Count > MostProspects ? null : string.Join(',', pending.Prospects.Order());
    }

    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, string? prospects, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // Readers take entries in key order, so keys must commit in order. SQLite has one writer at
        // a time; on PostgreSQL a deferred trigger renumbers the entry as it commits (decision 0028),
        // which is why the key returned here serves only to time the trimming.
        command.CommandText = """INSERT INTO "DataChanges" ("Prospects") VALUES (@prospects) RETURNING "Seq" """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "prospects";
        parameter.Value = (object?)prospects ?? DBNull.Value;
        parameter.DbType = System.Data.DbType.String;
        command.Parameters.Add(parameter);
        var seq = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
        if (seq % 1000 != 0)
            return;
        command.Parameters.Clear();
        command.CommandText = $"""DELETE FROM "DataChanges" WHERE "Seq" <= {seq - Kept}""";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    internal static bool IsDataWrite(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        return text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase) || text.StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("MERGE", StringComparison.OrdinalIgnoreCase) || text.StartsWith("WITH", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>Notes what SaveChanges writes; records it at once when no transaction will commit it later.</summary>
internal sealed class JournalSaveChangesInterceptor : SaveChangesInterceptor
{
    public static readonly JournalSaveChangesInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db)
            DataChangeJournal.Collect(db);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
            DataChangeJournal.Collect(db);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        RecordIfCommitted(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await RecordIfCommitted(eventData.Context, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetIfNoTransaction(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetIfNoTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    // EF's own transaction has committed (and recorded) by now; a single statement ran without one.
    private static Task RecordIfCommitted(DbContext? db, CancellationToken cancellationToken) =>
        db is null || db.Database.CurrentTransaction is not null || !DataChangeJournal.HasPending(db)
            ? Task.CompletedTask
            : DataChangeJournal.RecordAsync(db, db.Database.GetDbConnection(), null, cancellationToken);

    private static void ForgetIfNoTransaction(DbContext? db)
    {
        if (db is not null && db.Database.CurrentTransaction is null)
            DataChangeJournal.Forget(db);
    }
}

/// <summary>Statements EF did not track (ExecuteUpdate, ExecuteDelete, raw SQL) may change anything.</summary>
internal sealed class JournalCommandInterceptor : DbCommandInterceptor
{
    public static readonly JournalCommandInterceptor Instance = new();

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Note(command, eventData, reader: true).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        await Note(command, eventData, reader: true, cancellationToken);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Note(command, eventData, reader: false).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await Note(command, eventData, reader: false, cancellationToken);
        return result;
    }

    private static Task Note(DbCommand command, CommandExecutedEventData eventData, bool reader, CancellationToken cancellationToken = default)
    {
        if (eventData.CommandSource == CommandSource.Migrations)
        {
            // Only the migration's own transaction is to be left out; its statements outside one record nothing.
            if (command.Transaction is not null)
                DataChangeJournal.MarkMigration(eventData.Context);
            return Task.CompletedTask;
        }
        if (eventData.CommandSource == CommandSource.SaveChanges || !DataChangeJournal.IsDataWrite(command.CommandText))
            return Task.CompletedTask;
        DataChangeJournal.MarkUntracked(eventData.Context, command.CommandText);
        // A statement that committed on its own is recorded now, in a transaction of the journal's
        // own; one that returns rows (none does in SocialKpi) is recorded by the context's next commit,
        // since no other command can run while its reader is open.
        if (command.Transaction is not null || reader)
            return Task.CompletedTask;
        return eventData.Context is null || DataChangeJournal.HasPending(eventData.Context)
            ? DataChangeJournal.RecordAsync(eventData.Context, command.Connection!, null, cancellationToken)
            : Task.CompletedTask;
    }
}

/// <summary>Records a transaction's writes just before it commits, so that the entry commits with them.</summary>
internal sealed class JournalTransactionInterceptor : DbTransactionInterceptor
{
    public static readonly JournalTransactionInterceptor Instance = new();

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        DataChangeJournal.RecordAsync(eventData.Context, transaction.Connection!, transaction, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await DataChangeJournal.RecordAsync(eventData.Context, transaction.Connection!, transaction, cancellationToken);
        return result;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => DataChangeJournal.Forget(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        DataChangeJournal.Forget(eventData.Context);
        return Task.CompletedTask;
    }
}

/// <summary>What the journal says was written after a position: the new position, and which prospects.</summary>
/// <param name="Prospects">The prospects to read again; null when anything may have changed, or the reader was too far behind.</param>
public sealed record DataChangesSince(long Seq, IReadOnlySet<int>? Prospects)
{
    /// <summary>Reads the entries after <paramref name="seq"/> (-1: from nothing, which asks for everything).</summary>
    public static DataChangesSince Read(DbConnection connection, long seq)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT coalesce(min("Seq"), 0), coalesce(max("Seq"), 0) FROM "DataChanges" """;
        long oldest, latest;
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            (oldest, latest) = (reader.GetInt64(0), reader.GetInt64(1));
        }
        // Entries this reader has not seen were dropped (DataChangeJournal.Kept): start over.
        if (seq < 0 || oldest > seq + 1)
            return new DataChangesSince(latest, null);
        if (latest <= seq)
            return new DataChangesSince(seq, new HashSet<int>());
        command.CommandText = $"""SELECT "Prospects" FROM "DataChanges" WHERE "Seq" > {seq} AND "Seq" <= {latest}""";
        var prospects = new HashSet<int>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (reader.IsDBNull(0))
                    return new DataChangesSince(latest, null);
                foreach (var id in reader.GetString(0).Split(',', StringSplitOptions.RemoveEmptyEntries))
                    prospects.Add(int.Parse(id, System.Globalization.CultureInfo.InvariantCulture));
                if (prospects.Count > DataChangeJournal.MostProspects)
                    return new DataChangesSince(latest, null);
            }
        }
        return new DataChangesSince(latest, prospects);
    }
}
