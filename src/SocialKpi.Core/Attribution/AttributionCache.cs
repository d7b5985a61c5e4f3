using System.Collections.Concurrent;

namespace SocialKpi.Attribution;

/// <summary>
/// Attribution results already computed, for as long as the data they came from is unchanged. The
/// report goes over every touch of its window (a million on a busy workspace); people look at it,
/// switch model, open the channels report, come back. Any write, by any process, moves the journal
/// of changes (<see cref="Data.DataChange"/>) and with it the key, so a stale entry is never found again. Results are small (a few numbers per
/// channel and model); the cache keeps a handful and starts over beyond that.
/// </summary>
internal static class AttributionCache
{
    private const int Capacity = 32;
    private static readonly ConcurrentDictionary<Key, AttributionReportResult> Entries = new();

    public readonly record struct Key(string Database, DateOnly From, DateOnly To, int LookbackDays, AttributionModel RevenueModel, long Seq);

    public static bool TryGet(Key key, out AttributionReportResult result) => Entries.TryGetValue(key, out result!);

    public static void Add(Key key, AttributionReportResult result)
    {
        // Entries of older versions can never be asked for again; dropping everything at the cap is simpler than tracking age.
        if (Entries.Count >= Capacity)
            Entries.Clear();
        Entries[key] = result;
    }
}
