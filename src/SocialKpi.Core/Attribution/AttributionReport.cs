using System.Data.Common;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Common;
using SocialKpi.Data;

namespace SocialKpi.Attribution;

/// <summary>The period (local days, end exclusive), the lookback window and the model revenue per hour uses.</summary>
public sealed record AttributionQuery
{
    public const int DefaultLookbackDays = 90;

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>Days of touches counted before a conversion; null for the workspace's setting.</summary>
    public int? LookbackDays { get; init; }
    public AttributionModel RevenueModel { get; init; } = AttributionModel.Linear;
}

/// <summary>Conversion rate of prospects whose journey touched 1, 2, or 3 and more distinct channels.</summary>
public sealed record ChannelDepth(string Label, int Journeys, int Conversions)
{
    public double? ConversionRate => Journeys == 0 ? null : (double)Conversions / Journeys;
}

public sealed record AttributionReportResult(
    AttributionResult Result,
    IReadOnlyDictionary<string, ChannelFigures> Figures,
    IReadOnlyList<ChannelDepth> ByDistinctChannels,
    DateOnly From,
    DateOnly To,
    int LookbackDays,
    int Unattributed);

/// <summary>
/// Journeys from the database (product.md, Attribution): the source channel at creation, then every
/// activity with a channel, by time. A prospect whose first sale falls in the period is a
/// conversion, with the touches of the lookback window before it; any other prospect is a
/// non-conversion with the touches of the window before the period's end.
/// </summary>
public sealed class AttributionReport(DbConnection connection, TimeProvider clock)
{
    /// <summary>The web app's: the request's database connection, the one its DbContext uses.</summary>
    public AttributionReport(SocialKpiDbContext db, TimeProvider clock)
        : this(db.Database.GetDbConnection(), clock)
    {
    }

    public async Task<AttributionReportResult> RunAsync(AttributionQuery query, CancellationToken cancellationToken = default)
    {
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
            if (connection is SqliteConnection sqlite)
                DatabaseSetup.ApplySqlitePragmas(sqlite);
        }
        var store = TouchStore.For(connection);
        await store.Gate.WaitAsync(cancellationToken);
        try
        {
            return Run(IAttributionRows.For(connection), store, query, cancellationToken);
        }
        finally
        {
            store.Gate.Release();
            if (opened)
                await connection.CloseAsync();
        }
    }

    // SQLite answers synchronously whatever the API says, so the reads are plain loops; on
    // PostgreSQL they block this thread for the read, as the report's CPU work would anyway.
    private AttributionReportResult Run(IAttributionRows rows, TouchStore store, AttributionQuery query, CancellationToken cancellationToken)
    {
        var to = query.To ?? clock.Today().AddDays(1);
        var from = query.From ?? to.AddYears(-1);
        var lookbackDays = Math.Max(1, query.LookbackDays ?? rows.LookbackDays() ?? AttributionQuery.DefaultLookbackDays);
        store.Sync(rows, connection);
        // Every write moves the store's position, time entries and settings included, so a result
        // is found again only while nothing at all has been written.
        var key = new AttributionCache.Key(store.Name, from, to, lookbackDays, query.RevenueModel, store.Seq);
        if (AttributionCache.TryGet(key, out var cached))
            return cached;
        var result = Compute(rows, store, from, to, lookbackDays, query.RevenueModel, cancellationToken);
        AttributionCache.Add(key, result);
        return result;
    }

    private AttributionReportResult Compute(IAttributionRows rows, TouchStore store, DateOnly from, DateOnly to, int lookbackDays, AttributionModel revenueModel, CancellationToken cancellationToken)
    {
        var (fromUtc, toUtc) = (clock.NoonOfLocalDayUtc(from).Date, clock.NoonOfLocalDayUtc(to).Date);
        var lookback = TimeSpan.FromDays(lookbackDays);
        // Touches that can be in a window: the lookback before the period's start, up to its end.
        var earliest = fromUtc - lookback;

        var channelNames = rows.Channels();
        var journeys = new List<Journey>();
        var prospects = new List<ProspectRow>();
        var firstSaleAt = new Dictionary<int, DateTime>();
        var minutes = new Dictionary<int, long>();
        var depths = new int[3, 2];
        var unattributed = 0;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        var days = new List<double>();

        void Close(ProspectRow prospect, SaleRow? firstSale, ReadOnlySpan<TouchRow> touches)
        {
            var converted = firstSale is { } sale && sale.SoldAt < toUtc;
            if (converted && firstSale!.Value.SoldAt < fromUtc)
                return; // converted before the period: not part of this report
            // A sale is dated by the day (stored at local noon): one recorded on the day the prospect
            // was created, but after noon, would otherwise end the journey before its first touch.
            var end = converted ? Max(firstSale!.Value.SoldAt, prospect.CreatedAt) : toUtc;
            var start = end - lookback;
            path.Clear();
            days.Clear();
            if (prospect.CreatedAt >= start && prospect.CreatedAt <= end)
            {
                path.Add(channelNames[prospect.SourceChannelId]);
                days.Add((end - prospect.CreatedAt).TotalDays);
            }
            foreach (var touch in touches)
            {
                if (touch.OccurredAt < start || touch.OccurredAt > end)
                    continue;
                path.Add(channelNames[touch.ChannelId]);
                days.Add((end - touch.OccurredAt).TotalDays);
            }
            if (path.Count == 0)
            {
                if (converted)
                    unattributed++;
                return;
            }
            journeys.Add(converted ? Journey.Converted([.. path], firstSale!.Value.Amount, [.. days]) : Journey.NotConverted([.. path]));
            distinct.Clear();
            distinct.UnionWith(path);
            var depth = Math.Min(distinct.Count, 3) - 1;
            depths[depth, 0]++;
            if (converted)
                depths[depth, 1]++;
        }

        // Journeys go in the order the report has always summed them in: prospects with touches in
        // the window by id, then the others (their source touch only), by id.
        var ids = store.Ids;
        var untouched = new List<int>();
        for (var i = 0; i < ids.Count; i++)
        {
            if (i % 4096 == 0)
                cancellationToken.ThrowIfCancellationRequested();
            var entry = store[ids[i]];
            if (entry.Prospect is { } created && created.CreatedAt < toUtc)
            {
                prospects.Add(created);
                if (entry.FirstSale is { } sale && sale.SoldAt < toUtc)
                    firstSaleAt[created.Id] = sale.SoldAt;
            }
            var window = InWindow(entry.Touches, earliest, toUtc);
            foreach (var touch in window)
            {
                if (touch.OccurredAt >= fromUtc)
                    CollectionsMarshal.GetValueRefOrAddDefault(minutes, touch.ChannelId, out _) += touch.DurationMinutes;
            }
            if (entry.Prospect is not { } prospect || prospect.CreatedAt >= toUtc)
                continue;
            if (window.IsEmpty)
                untouched.Add(ids[i]);
            else
                Close(prospect, entry.FirstSale, window);
        }
        // Hours of a channel = its conversations' minutes plus the time entered for it (product.md).
        foreach (var (channelId, entered) in rows.TimeEntryMinutes(from, to))
            CollectionsMarshal.GetValueRefOrAddDefault(minutes, channelId, out _) += entered;
        foreach (var id in untouched)
            Close(store[id].Prospect!.Value, store[id].FirstSale, []); // no touches in the range, but still the source touch

        var result = AttributionEngine.Run(journeys);
        var figures = Figures(result, revenueModel, prospects, firstSaleAt, minutes, channelNames, fromUtc, toUtc);
        var byDepth = new[] { "1", "2", "3+" }.Select((label, i) => new ChannelDepth(label, depths[i, 0], depths[i, 1])).ToList();
        return new AttributionReportResult(result, figures, byDepth, from, to, lookbackDays, unattributed);
    }

    private static Dictionary<string, ChannelFigures> Figures(
        AttributionResult result,
        AttributionModel revenueModel,
        IEnumerable<ProspectRow> prospects,
        IReadOnlyDictionary<int, DateTime> firstSaleAt,
        IReadOnlyDictionary<int, long> minutes,
        IReadOnlyDictionary<int, string> channelNames,
        DateTime fromUtc,
        DateTime toUtc)
    {
        var acquired = prospects.Where(p => p.CreatedAt >= fromUtc && p.CreatedAt < toUtc).GroupBy(p => p.SourceChannelId).ToDictionary(g => g.Key, g => g.ToList());
        var figures = new Dictionary<string, ChannelFigures>(StringComparer.Ordinal);
        foreach (var (channelId, name) in channelNames)
        {
            var cohort = acquired.GetValueOrDefault(channelId) ?? [];
            var daysToConvert = cohort.Where(p => firstSaleAt.ContainsKey(p.Id)).Select(p => Math.Max(0, (firstSaleAt[p.Id] - p.CreatedAt).TotalDays)).Order().ToList();
            var hours = minutes.GetValueOrDefault(channelId) / 60.0;
            var revenue = result.Of(name, revenueModel).Value;
            figures[name] = new ChannelFigures(
                cohort.Count,
                daysToConvert.Count,
                cohort.Count == 0 ? null : (double)daysToConvert.Count / cohort.Count,
                hours,
                hours > 0 ? revenue / (decimal)hours : null,
                daysToConvert.Count == 0 ? null : Math.Round(Median(daysToConvert), 1));
        }
        return figures;
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    /// <summary>The touches in [from, to) of one prospect's touches, which are in time order.</summary>
    private static ReadOnlySpan<TouchRow> InWindow(TouchRow[] touches, DateTime fromUtc, DateTime toUtc)
    {
        var first = 0;
        while (first < touches.Length && touches[first].OccurredAt < fromUtc)
            first++;
        var last = first;
        while (last < touches.Length && touches[last].OccurredAt < toUtc)
            last++;
        return touches.AsSpan(first, last - first);
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
