using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace SocialKpi.Attribution;

/// <summary>
/// The attribution report's reads on PostgreSQL, through Npgsql's own API. The touch read, the
/// report's bulk, is a binary COPY of the query's rows: no per-row protocol messages, and values
/// read as the binary the server sends, which docs/performance.md compares with psql's COPY.
/// </summary>
internal sealed class PostgresAttributionRows(NpgsqlConnection connection) : IAttributionRows
{
    public Dictionary<int, string> Channels()
    {
        var channels = new Dictionary<int, string>();
        using var command = new NpgsqlCommand("""SELECT "Id", "Name" FROM "Channels" ORDER BY "Id" """, connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            channels[reader.GetInt32(0)] = reader.GetString(1);
        return channels;
    }

    public int? LookbackDays()
    {
        using var command = new NpgsqlCommand("""SELECT "AttributionLookbackDays" FROM "WorkspaceSettings" WHERE "Id" = 1""", connection);
        return command.ExecuteScalar() is int days ? days : null;
    }

    public Dictionary<int, ProspectRow> Prospects(DateTime toUtc)
    {
        var prospects = new Dictionary<int, ProspectRow>();
        using var command = new NpgsqlCommand("""SELECT "Id", "SourceChannelId", "CreatedAt" FROM "Prospects" WHERE "CreatedAt" < $1 ORDER BY "Id" """, connection);
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = toUtc });
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt32(0);
            prospects[id] = new ProspectRow(id, reader.GetInt32(1), reader.GetFieldValue<DateTime>(2));
        }
        return prospects;
    }

    public Dictionary<int, SaleRow> FirstSales(DateTime toUtc)
    {
        var sales = new Dictionary<int, SaleRow>();
        using var command = new NpgsqlCommand("""SELECT "ProspectId", "SoldAt", "Amount" FROM "Sales" WHERE "SoldAt" < $1 ORDER BY "ProspectId", "SoldAt", "Id" """, connection);
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = toUtc });
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // Amounts are stored in cents (CentsConverter).
            sales.TryAdd(reader.GetInt32(0), new SaleRow(reader.GetFieldValue<DateTime>(1), reader.GetInt64(2) / 100m));
        }
        return sales;
    }

    // COPY takes no parameters: the bounds are times this class formats itself, never user text.
    public IEnumerable<TouchRow> Touches(DateTime fromUtc, DateTime toUtc)
    {
        using var reader = connection.BeginBinaryExport(
            $"""
            COPY (SELECT "ProspectId", "ChannelId", "OccurredAt", "DurationMinutes" FROM "Activities"
                  WHERE "ChannelId" IS NOT NULL AND "OccurredAt" >= '{Literal(fromUtc)}' AND "OccurredAt" < '{Literal(toUtc)}'
                  ORDER BY "ProspectId", "OccurredAt", "Id") TO STDOUT (FORMAT BINARY)
            """);
        reader.Timeout = TimeSpan.Zero; // a million rows may take longer than a command's 30 s
        while (reader.StartRow() != -1)
        {
            yield return new TouchRow(
                reader.Read<int>(NpgsqlDbType.Integer),
                reader.Read<int>(NpgsqlDbType.Integer),
                reader.Read<DateTime>(NpgsqlDbType.TimestampTz),
                reader.Read<int>(NpgsqlDbType.Integer));
        }
    }

    public Dictionary<int, long> TimeEntryMinutes(DateOnly from, DateOnly to)
    {
        var minutes = new Dictionary<int, long>();
        using var command = new NpgsqlCommand("""SELECT "ChannelId", sum("Minutes") FROM "TimeEntries" WHERE "Date" >= $1 AND "Date" < $2 GROUP BY "ChannelId" """, connection);
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = from });
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = to });
        using var reader = command.ExecuteReader();
        while (reader.Read())
            minutes[reader.GetInt32(0)] = reader.GetInt64(1);
        return minutes;
    }

    /// <summary>PostgreSQL has no cheap counter of commits to key a cache on: the report is computed every time.</summary>
    public (long Version, string Fingerprint)? CacheVersion() => null;

    private static string Literal(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.ffffff+00", CultureInfo.InvariantCulture);
}
