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

    public Dictionary<int, ProspectRow> Prospects(IReadOnlyCollection<int>? ids)
    {
        var prospects = new Dictionary<int, ProspectRow>();
        using var command = Among("""SELECT "Id", "SourceChannelId", "CreatedAt" FROM "Prospects" {0} ORDER BY "Id" """, "Id", ids);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt32(0);
            prospects[id] = new ProspectRow(id, reader.GetInt32(1), reader.GetFieldValue<DateTime>(2));
        }
        return prospects;
    }

    public Dictionary<int, SaleRow> FirstSales(IReadOnlyCollection<int>? ids)
    {
        var sales = new Dictionary<int, SaleRow>();
        using var command = Among("""SELECT "ProspectId", "SoldAt", "Amount" FROM "Sales" {0} ORDER BY "ProspectId", "SoldAt", "Id" """, "ProspectId", ids);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // Amounts are stored in cents (CentsConverter).
            sales.TryAdd(reader.GetInt32(0), new SaleRow(reader.GetFieldValue<DateTime>(1), reader.GetInt64(2) / 100m));
        }
        return sales;
    }

    /// <summary>All touches through a binary COPY (COPY takes no parameters, and needs none here); a few prospects' through a query.</summary>
    public IEnumerable<TouchRow> Touches(IReadOnlyCollection<int>? ids)
    {
        const string Select = """SELECT "ProspectId", "ChannelId", "OccurredAt", "DurationMinutes" FROM "Activities" WHERE "ChannelId" IS NOT NULL""";
        const string Order = """ORDER BY "ProspectId", "OccurredAt", "Id" """;
        if (ids is not null)
        {
            using var command = new NpgsqlCommand($"""{Select} AND "ProspectId" = ANY($1) {Order}""", connection);
            command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = ids.ToArray() });
            using var rows = command.ExecuteReader();
            while (rows.Read())
                yield return new TouchRow(rows.GetInt32(0), rows.GetInt32(1), rows.GetFieldValue<DateTime>(2), rows.GetInt32(3));
            yield break;
        }
        using var reader = connection.BeginBinaryExport($"COPY ({Select} {Order}) TO STDOUT (FORMAT BINARY)");
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

    private NpgsqlCommand Among(string sql, string column, IReadOnlyCollection<int>? ids)
    {
        var command = new NpgsqlCommand(string.Format(CultureInfo.InvariantCulture, sql, ids is null ? "" : $"""WHERE "{column}" = ANY($1)"""), connection);
        if (ids is not null)
            command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = ids.ToArray() });
        return command;
    }
}
