using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using SocialKpi.Data;
using SQLitePCL;

namespace SocialKpi.Attribution;

internal readonly record struct TouchRow(int ProspectId, int ChannelId, DateTime OccurredAt, int DurationMinutes);

internal readonly record struct ProspectRow(int Id, int SourceChannelId, DateTime CreatedAt);

internal readonly record struct SaleRow(DateTime SoldAt, decimal Amount);

/// <summary>
/// The attribution report's reads, straight from SQLite's statement API. The touch read is the
/// report's bulk (a million rows on a busy workspace): through ADO.NET's data reader it took
/// twice as long as SQLite itself, through EF's materializer six times; here it is within a third
/// of it (docs/performance.md). Times are parsed from the UTF-8 text EF Core writes, without
/// making strings (StoredTime). The schema test and the report's tests keep these table and
/// column names true; PostgreSQL, once wired in, will need its own reader (binary COPY).
/// </summary>
internal static class AttributionRows
{
    public static Dictionary<int, string> Channels(SqliteConnection connection)
    {
        var channels = new Dictionary<int, string>();
        using var statement = Prepare(connection, """SELECT "Id", "Name" FROM "Channels" """);
        while (Step(connection, statement))
            channels[raw.sqlite3_column_int(statement, 0)] = raw.sqlite3_column_text(statement, 1).utf8_to_string();
        return channels;
    }

    /// <summary>The workspace's lookback window, if an owner has set one (AttributionSettings).</summary>
    public static int? LookbackDays(SqliteConnection connection)
    {
        using var statement = Prepare(connection, """SELECT "AttributionLookbackDays" FROM "WorkspaceSettings" WHERE "Id" = 1""");
        return Step(connection, statement) ? raw.sqlite3_column_int(statement, 0) : null;
    }

    /// <summary>Every prospect created before a time: id, source channel, creation time (the source touch).</summary>
    public static Dictionary<int, ProspectRow> Prospects(SqliteConnection connection, DateTime toUtc)
    {
        var prospects = new Dictionary<int, ProspectRow>();
        using var statement = Prepare(connection, """SELECT "Id", "SourceChannelId", "CreatedAt" FROM "Prospects" WHERE +"CreatedAt" < ?1""");
        BindTime(statement, 1, toUtc);
        while (Step(connection, statement))
        {
            var id = raw.sqlite3_column_int(statement, 0);
            prospects[id] = new ProspectRow(id, raw.sqlite3_column_int(statement, 1), StoredTime.Parse(raw.sqlite3_column_blob(statement, 2)));
        }
        return prospects;
    }

    /// <summary>Each prospect's first sale before a time (its conversion): earliest, then first entered.</summary>
    public static Dictionary<int, SaleRow> FirstSales(SqliteConnection connection, DateTime toUtc)
    {
        var sales = new Dictionary<int, SaleRow>();
        using var statement = Prepare(connection, """SELECT "ProspectId", "SoldAt", "Amount" FROM "Sales" WHERE "SoldAt" < ?1 ORDER BY "ProspectId", "SoldAt", "Id" """);
        BindTime(statement, 1, toUtc);
        while (Step(connection, statement))
        {
            // Amounts are stored in cents (CentsConverter).
            var sale = new SaleRow(StoredTime.Parse(raw.sqlite3_column_blob(statement, 1)), raw.sqlite3_column_int64(statement, 2) / 100m);
            sales.TryAdd(raw.sqlite3_column_int(statement, 0), sale);
        }
        return sales;
    }

    /// <summary>
    /// Every activity with a channel in [from, to), in journey order: by prospect, time, then entry.
    /// SQLite's stepping and the parsing of times run on a worker that hands rows over in blocks,
    /// so that the caller's work on them (building journeys) takes the other core instead of adding
    /// to the read. The connection is the worker's alone until the enumeration ends.
    /// </summary>
    public static IEnumerable<TouchRow> Touches(SqliteConnection connection, DateTime fromUtc, DateTime toUtc)
    {
        using var stop = new CancellationTokenSource();
        using var blocks = new BlockingCollection<TouchRow[]>(boundedCapacity: 16);
        var worker = Task.Run(() =>
        {
            try
            {
                ReadTouches(connection, fromUtc, toUtc, blocks, stop.Token);
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
    private static void ReadTouches(SqliteConnection connection, DateTime fromUtc, DateTime toUtc, BlockingCollection<TouchRow[]> blocks, CancellationToken stop)
    {
        const int BlockSize = 4096;
        using var statement = Prepare(connection,
            """
            SELECT "ProspectId", "ChannelId", "OccurredAt", "DurationMinutes" FROM "Activities"
            WHERE "ChannelId" IS NOT NULL AND +"OccurredAt" >= ?1 AND +"OccurredAt" < ?2
            ORDER BY "ProspectId", "OccurredAt", "Id"
            """);
        BindTime(statement, 1, fromUtc);
        BindTime(statement, 2, toUtc);
        var block = new TouchRow[BlockSize];
        var count = 0;
        while (Step(connection, statement))
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

    /// <summary>Minutes of time entries per channel over the local days [from, to) (dates are stored yyyy-MM-dd).</summary>
    public static Dictionary<int, long> TimeEntryMinutes(SqliteConnection connection, DateOnly from, DateOnly to)
    {
        var minutes = new Dictionary<int, long>();
        using var statement = Prepare(connection, """SELECT "ChannelId", sum("Minutes") FROM "TimeEntries" WHERE "Date" >= ?1 AND "Date" < ?2 GROUP BY "ChannelId" """);
        raw.sqlite3_bind_text(statement, 1, from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        raw.sqlite3_bind_text(statement, 2, to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        while (Step(connection, statement))
            minutes[raw.sqlite3_column_int(statement, 0)] = raw.sqlite3_column_int64(statement, 1);
        return minutes;
    }

    /// <summary>
    /// What another process's insert would change: the highest id of each table the report reads,
    /// and the count of sales. Each is one step down an index.
    /// </summary>
    public static string Fingerprint(SqliteConnection connection)
    {
        using var statement = Prepare(connection,
            """
            SELECT (SELECT max("Id") FROM "Activities"), (SELECT max("Id") FROM "Prospects"), (SELECT max("Id") FROM "Sales"),
                   (SELECT count(*) FROM "Sales"), (SELECT max("Id") FROM "TimeEntries"), (SELECT max("Id") FROM "Channels")
            """);
        Step(connection, statement);
        return string.Join(',', Enumerable.Range(0, 6).Select(i => raw.sqlite3_column_int64(statement, i)));
    }

    private static sqlite3_stmt Prepare(SqliteConnection connection, string sql)
    {
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement);
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        return statement;
    }

    private static bool Step(SqliteConnection connection, sqlite3_stmt statement)
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
