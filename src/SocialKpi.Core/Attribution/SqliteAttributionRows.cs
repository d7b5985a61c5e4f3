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

    public Dictionary<int, ProspectRow> Prospects(IReadOnlyCollection<int>? ids)
    {
        var prospects = new Dictionary<int, ProspectRow>();
        using var statement = Prepare($"""SELECT "Id", "SourceChannelId", "CreatedAt" FROM "Prospects" {Among("Id", ids)} ORDER BY "Id" """);
        BindIds(statement, ids);
        while (Step(statement))
        {
            var id = raw.sqlite3_column_int(statement, 0);
            prospects[id] = new ProspectRow(id, raw.sqlite3_column_int(statement, 1), StoredTime.Parse(raw.sqlite3_column_blob(statement, 2)));
        }
        return prospects;
    }

    public Dictionary<int, SaleRow> FirstSales(IReadOnlyCollection<int>? ids)
    {
        var sales = new Dictionary<int, SaleRow>();
        using var statement = Prepare($"""SELECT "ProspectId", "SoldAt", "Amount" FROM "Sales" {Among("ProspectId", ids)} ORDER BY "ProspectId", "SoldAt", "Id" """);
        BindIds(statement, ids);
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
    public IEnumerable<TouchRow> Touches(IReadOnlyCollection<int>? ids)
    {
        using var stop = new CancellationTokenSource();
        using var blocks = new BlockingCollection<TouchRow[]>(boundedCapacity: 16);
        var worker = Task.Run(() =>
        {
            try
            {
                ReadTouches(ids, blocks, stop.Token);
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

    // The unary + keeps SQLite off the channel's index: walking (ProspectId, OccurredAt) in order
    // beats sorting a million rows afterwards.
    private void ReadTouches(IReadOnlyCollection<int>? ids, BlockingCollection<TouchRow[]> blocks, CancellationToken stop)
    {
        const int BlockSize = 4096;
        using var statement = Prepare(
            $"""
            SELECT "ProspectId", "ChannelId", "OccurredAt", "DurationMinutes" FROM "Activities"
            WHERE +"ChannelId" IS NOT NULL {(ids is null ? "" : "AND " + Among("ProspectId", ids)[6..])}
            ORDER BY "ProspectId", "OccurredAt", "Id"
            """);
        BindIds(statement, ids);
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

    // A list of ids goes as one JSON parameter: SQLite refuses more than 32,766 variables.
    private static string Among(string column, IReadOnlyCollection<int>? ids) =>
        ids is null ? "" : $"""WHERE "{column}" IN (SELECT value FROM json_each(?1))""";

    private static void BindIds(sqlite3_stmt statement, IReadOnlyCollection<int>? ids)
    {
        if (ids is not null)
            raw.sqlite3_bind_text(statement, 1, "[" + string.Join(',', ids) + "]");
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

}
