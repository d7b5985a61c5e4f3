using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using SocialKpi.Data;
using SQLitePCL;

namespace SocialKpi.Attribution;

/// <summary>
/// The attribution report's reads on SQLite, straight from SQLite's statement API. The touch read is the
/// report's bulk (a million rows on a busy workspace): through ADO.NET's data reader it took
/// twice as long as SQLite itself, through EF's materializer six times; here it is within a third
/// of it (docs/performance.md). Times are parsed from the UTF-8 text EF Core writes, without
/// making strings (StoredTime). The schema test and the report's tests keep these table and
/// column names true; PostgreSQL has its own reader (<see cref="PostgresAttributionRows"/>).
/// </summary>
internal sealed class SqliteAttributionRows(SqliteConnection connection) : IAttributionRows
{
    public Dictionary<int, string> Channels()
    {
        var channels = new Dictionary<int, string>();
        using var statement = Prepare("""SELECT "Id", "Name" FROM "Channels" ORDER BY "Id" """);
        while (Step(statement))
            channels[raw.sqlite3_column_int(statement, 0)] = raw.sqlite3_column_text(statement, 1).utf8_to_string();
        return channels;
    }

    public int? LookbackDays()
    {
        using var statement = Prepare("""SELECT "AttributionLookbackDays" FROM "WorkspaceSettings" WHERE "Id" = 1""");
        return Step(statement) ? raw.sqlite3_column_int(statement, 0) : null;
    }

    public Dictionary<int, ProspectRow> Prospects(DateTime toUtc)
    {
        var prospects = new Dictionary<int, ProspectRow>();
        using var statement = Prepare("""SELECT "Id", "SourceChannelId", "CreatedAt" FROM "Prospects" WHERE +"CreatedAt" < ?1 ORDER BY "Id" """);
        BindTime(statement, 1, toUtc);
        while (Step(statement))
        {
            var id = raw.sqlite3_column_int(statement, 0);
            prospects[id] = new ProspectRow(id, raw.sqlite3_column_int(statement, 1), StoredTime.Parse(raw.sqlite3_column_blob(statement, 2)));
        }
        return prospects;
    }

    public Dictionary<int, SaleRow> FirstSales(DateTime toUtc)
    {
        var sales = new Dictionary<int, SaleRow>();
        using var statement = Prepare("""SELECT "ProspectId", "SoldAt", "Amount" FROM "Sales" WHERE "SoldAt" < ?1 ORDER BY "ProspectId", "SoldAt", "Id" """);
        BindTime(statement, 1, toUtc);
        while (Step(statement))
        {
            // Amounts are stored in cents (CentsConverter).
            var sale = new SaleRow(StoredTime.Parse(raw.sqlite3_column_blob(statement, 1)), raw.sqlite3_column_int64(statement, 2) / 100m);
            sales.TryAdd(raw.sqlite3_column_int(statement, 0), sale);
        }
        return sales;
    }

    /// <summary>
    /// SQLite's stepping and the parsing of times run on a worker that hands rows over in blocks,
    /// so that the caller's work on them (building journeys) takes the other core instead of adding
    /// to the read. The connection is the worker's alone until the enumeration ends.
    /// </summary>
    public IEnumerable<TouchRow> Touches(DateTime fromUtc, DateTime toUtc)
    {
        using var stop = new CancellationTokenSource();
        using var blocks = new BlockingCollection<TouchRow[]>(boundedCapacity: 16);
        var worker = Task.Run(() =>
        {
            try
            {
                ReadTouches(fromUtc, toUtc, blocks, stop.Token);
            }
            finally
            {
                blocks.CompleteAdding();
            }
        });
        try
        {
            foreach (var block in blocks.GetConsumingEnumerable())
            {
                foreach (var touch in block)
                    yield return touch;
            }
            worker.GetAwaiter().GetResult(); // a failed read fails the caller
        }
        finally
        {
            // The caller stopped early or failed: release the worker, and let it finish with the
            // statement before anyone closes the connection.
            stop.Cancel();
            try
            {
                worker.Wait(CancellationToken.None);
            }
            catch (AggregateException e) when (e.InnerExceptions.All(i => i is OperationCanceledException))
            {
            }
        }
    }

    // The unary + keeps SQLite off the (OccurredAt, …) index the KPI board counts with: the window
    // is most of the table, and walking (ProspectId, OccurredAt) in order beats sorting a million
    // rows afterwards (2.2 s against 9.7 s on the 100,000-prospect demo).
    private void ReadTouches(DateTime fromUtc, DateTime toUtc, BlockingCollection<TouchRow[]> blocks, CancellationToken stop)
    {
        const int BlockSize = 4096;
        using var statement = Prepare(
            """
            SELECT "ProspectId", "ChannelId", "OccurredAt", "DurationMinutes" FROM "Activities"
            WHERE "ChannelId" IS NOT NULL AND +"OccurredAt" >= ?1 AND +"OccurredAt" < ?2
            ORDER BY "ProspectId", "OccurredAt", "Id"
            """);
        BindTime(statement, 1, fromUtc);
        BindTime(statement, 2, toUtc);
        var block = new TouchRow[BlockSize];
        var count = 0;
        while (Step(statement))
        {
            block[count++] = new TouchRow(
                raw.sqlite3_column_int(statement, 0),
                raw.sqlite3_column_int(statement, 1),
                StoredTime.Parse(raw.sqlite3_column_blob(statement, 2)),
                raw.sqlite3_column_int(statement, 3));
            if (count == BlockSize)
            {
                blocks.Add(block, stop);
                (block, count) = (new TouchRow[BlockSize], 0);
            }
        }
        if (count > 0)
            blocks.Add(block[..count], stop);
    }

    // Dates are stored yyyy-MM-dd.
    public Dictionary<int, long> TimeEntryMinutes(DateOnly from, DateOnly to)
    {
        var minutes = new Dictionary<int, long>();
        using var statement = Prepare("""SELECT "ChannelId", sum("Minutes") FROM "TimeEntries" WHERE "Date" >= ?1 AND "Date" < ?2 GROUP BY "ChannelId" """);
        raw.sqlite3_bind_text(statement, 1, from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        raw.sqlite3_bind_text(statement, 2, to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        while (Step(statement))
            minutes[raw.sqlite3_column_int(statement, 0)] = raw.sqlite3_column_int64(statement, 1);
        return minutes;
    }

    /// <summary>
    /// SQLite's data version changes with every commit made through another connection; the
    /// fingerprint covers what another process's insert would change: the highest id of each table
    /// the report reads, and the count of sales. Each is one step down an index.
    /// </summary>
    public (long Version, string Fingerprint)? CacheVersion() => (DataVersion.Of(connection.ConnectionString), Fingerprint());

    private string Fingerprint()
    {
        using var statement = Prepare(
            """
            SELECT (SELECT max("Id") FROM "Activities"), (SELECT max("Id") FROM "Prospects"), (SELECT max("Id") FROM "Sales"),
                   (SELECT count(*) FROM "Sales"), (SELECT max("Id") FROM "TimeEntries"), (SELECT max("Id") FROM "Channels")
            """);
        Step(statement);
        return string.Join(',', Enumerable.Range(0, 6).Select(i => raw.sqlite3_column_int64(statement, i)));
    }

    private sqlite3_stmt Prepare(string sql)
    {
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement);
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        return statement;
    }

    private bool Step(sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        if (rc == raw.SQLITE_ROW)
            return true;
        if (rc != raw.SQLITE_DONE)
            SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        return false;
    }

    /// <summary>Binds a time in the text form EF Core stores, so that SQLite compares like with like.</summary>
    private static void BindTime(sqlite3_stmt statement, int index, DateTime value) =>
        raw.sqlite3_bind_text(statement, index, StoredTime.Format(value));
}
