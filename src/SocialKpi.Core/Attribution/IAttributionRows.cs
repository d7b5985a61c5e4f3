using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SocialKpi.Attribution;

internal readonly record struct TouchRow(int ProspectId, int ChannelId, DateTime OccurredAt, int DurationMinutes);

internal readonly record struct ProspectRow(int Id, int SourceChannelId, DateTime CreatedAt);

internal readonly record struct SaleRow(DateTime SoldAt, decimal Amount);

/// <summary>The attribution report's reads, one reader per provider: the report's bulk is the touch read.</summary>
internal interface IAttributionRows
{
    Dictionary<int, string> Channels();

    /// <summary>The workspace's lookback window, if an owner has set one (AttributionSettings).</summary>
    int? LookbackDays();

    /// <summary>Every prospect created before a time, by id: id, source channel, creation time (the source touch). The order makes
    /// sums of credits add up in the same order, so the providers agree to the last digit.</summary>
    Dictionary<int, ProspectRow> Prospects(DateTime toUtc);

    /// <summary>Each prospect's first sale before a time (its conversion): earliest, then first entered.</summary>
    Dictionary<int, SaleRow> FirstSales(DateTime toUtc);

    /// <summary>Every activity with a channel in [from, to), in journey order: by prospect, time, then entry.</summary>
    IEnumerable<TouchRow> Touches(DateTime fromUtc, DateTime toUtc);

    /// <summary>Minutes of time entries per channel over the local days [from, to).</summary>
    Dictionary<int, long> TimeEntryMinutes(DateOnly from, DateOnly to);

    /// <summary>
    /// What identifies the data as it is now, for the report's cache; null when the database cannot
    /// say cheaply, and then the report is computed every time.
    /// </summary>
    (long Version, string Fingerprint)? CacheVersion();

    /// <summary>The reader for an open connection's provider.</summary>
    static IAttributionRows For(DbConnection connection) => connection switch
    {
        SqliteConnection sqlite => new SqliteAttributionRows(sqlite),
        NpgsqlConnection postgres => new PostgresAttributionRows(postgres),
        _ => throw new NotSupportedException($"The attribution report cannot read a {connection.GetType().Name}."),
    };
}
