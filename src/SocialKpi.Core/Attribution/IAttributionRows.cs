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

    /// <summary>Prospects by id (all of them when <paramref name="ids"/> is null): id, source channel, creation time (the source touch).</summary>
    Dictionary<int, ProspectRow> Prospects(IReadOnlyCollection<int>? ids);

    /// <summary>Each prospect's first sale (its conversion): earliest, then first entered.</summary>
    Dictionary<int, SaleRow> FirstSales(IReadOnlyCollection<int>? ids);

    /// <summary>Every activity with a channel, in journey order: by prospect, time, then entry.</summary>
    IEnumerable<TouchRow> Touches(IReadOnlyCollection<int>? ids);

    /// <summary>Minutes of time entries per channel over the local days [from, to).</summary>
    Dictionary<int, long> TimeEntryMinutes(DateOnly from, DateOnly to);

    /// <summary>The reader for an open connection's provider.</summary>
    static IAttributionRows For(DbConnection connection) => connection switch
    {
        SqliteConnection sqlite => new SqliteAttributionRows(sqlite),
        NpgsqlConnection postgres => new PostgresAttributionRows(postgres),
        _ => throw new NotSupportedException($"The attribution report cannot read a {connection.GetType().Name}."),
    };
}
