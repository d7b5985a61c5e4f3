using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using SocialKpi.Data;

namespace SocialKpi.Attribution;

/// <summary>
/// Every prospect's creation, first sale and touches, held in memory per database so that a report
/// for any period is computed without reading a million rows (decision 0026). Before each report the
/// store reads the journal of changes (<see cref="DataChange"/>) and reads again only the prospects
/// written since; a write it cannot narrow down (an import, an erasure) makes it read everything.
/// About 40 MB for the 100,000-prospect demo's million touches (docs/performance.md).
/// </summary>
internal sealed class TouchStore
{
    /// <summary>Beyond this many prospects to read again, one read of everything is quicker.</summary>
    private const int MostToReread = 2000;

    private static readonly ConcurrentDictionary<string, TouchStore> Stores = new(StringComparer.Ordinal);

    private readonly Dictionary<int, ProspectTouches> byProspect = [];
    private int[] order = [];
    private bool orderStale;

    private static long created;

    private TouchStore(string database) => Name = $"{database}#{Interlocked.Increment(ref created)}";

    /// <summary>The database it mirrors and which store this is, which name its results in the cache.</summary>
    public string Name { get; }

    /// <summary>The journal position the store is up to date with; -1 before its first read.</summary>
    public long Seq { get; private set; } = -1;

    /// <summary>One report at a time reads and computes from a store: it is not safe to change while read.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public static TouchStore For(DbConnection connection) => Stores.GetOrAdd(Identify(connection), static name => new TouchStore(name));

    /// <summary>Drops a database's store, so that the next report reads everything afresh (tests compare the two).</summary>
    public static void Forget(DbConnection connection) => Stores.TryRemove(Identify(connection), out _);

    // By what the connection string names, not by the open connection (an in-memory SQLite database has no file name).
    private static string Identify(DbConnection connection) => connection switch
    {
        SqliteConnection => "sqlite|" + new SqliteConnectionStringBuilder(connection.ConnectionString).DataSource,
        NpgsqlConnection => new NpgsqlConnectionStringBuilder(connection.ConnectionString) is var postgres
            ? $"postgres|{postgres.Host}|{postgres.Port}|{postgres.Database}"
            : "",
        _ => throw new NotSupportedException(connection.GetType().Name),
    };

    /// <summary>A prospect as the report needs it; <see cref="Prospect"/> is null for touches whose prospect is gone.</summary>
    public readonly record struct ProspectTouches(ProspectRow? Prospect, SaleRow? FirstSale, TouchRow[] Touches);

    /// <summary>Prospect ids in ascending order, the order journeys are summed in (so providers agree to the last digit).</summary>
    public IReadOnlyList<int> Ids
    {
        get
        {
            if (orderStale)
            {
                order = [.. byProspect.Keys.Order()];
                orderStale = false;
            }
            return order;
        }
    }

    public ProspectTouches this[int prospectId] => byProspect[prospectId];

    /// <summary>
    /// Catches up with the journal. The journal is read before the rows: a write that commits
    /// meanwhile is read again next time. The position moves only once the rows are read, so a read
    /// that fails half way is done again, whole, by the next report.
    /// </summary>
    public void Sync(IAttributionRows rows, DbConnection connection)
    {
        var changes = DataChangesSince.Read(connection, Seq);
        if (changes.Prospects is not { } prospects || prospects.Count > MostToReread)
            ReadAll(rows);
        else if (prospects.Count > 0)
            Reread(rows, prospects);
        Seq = changes.Seq;
    }

    private void ReadAll(IAttributionRows rows)
    {
        byProspect.Clear();
        Fill(rows, null);
        order = [.. byProspect.Keys.Order()];
        orderStale = false;
    }

    private void Reread(IAttributionRows rows, IReadOnlySet<int> ids)
    {
        foreach (var id in ids)
            byProspect.Remove(id);
        Fill(rows, ids);
        orderStale = true;
    }

    private void Fill(IAttributionRows rows, IReadOnlyCollection<int>? ids)
    {
        var prospects = rows.Prospects(ids);
        var sales = rows.FirstSales(ids);
        var touches = new Dictionary<int, TouchRow[]>(prospects.Count);
        var current = new List<TouchRow>();
        foreach (var touch in rows.Touches(ids))
        {
            if (current.Count > 0 && current[0].ProspectId != touch.ProspectId)
            {
                touches[current[0].ProspectId] = [.. current];
                current.Clear();
            }
            current.Add(touch);
        }
        if (current.Count > 0)
            touches[current[0].ProspectId] = [.. current];
        foreach (var id in prospects.Keys.Union(touches.Keys))
        {
            byProspect[id] = new ProspectTouches(
                prospects.TryGetValue(id, out var prospect) ? prospect : null,
                sales.TryGetValue(id, out var sale) ? sale : null,
                touches.GetValueOrDefault(id) ?? []);
        }
    }
}
