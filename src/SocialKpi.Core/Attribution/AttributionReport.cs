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
        try
        {
            return Run(IAttributionRows.For(connection), query, cancellationToken);
        }
        finally
        {
            if (opened)
                await connection.CloseAsync();
        }
    }

    // SQLite answers synchronously whatever the API says, so the reads are plain loops; on
    // PostgreSQL they block this thread for the read, as the report's CPU work would anyway.
    private AttributionReportResult Run(IAttributionRows rows, AttributionQuery query, CancellationToken cancellationToken)
    {
        var to = query.To ?? clock.Today().AddDays(1);
        var from = query.From ?? to.AddYears(-1);
        var lookbackDays = Math.Max(1, query.LookbackDays ?? rows.LookbackDays() ?? AttributionQuery.DefaultLookbackDays);
        // The version is read before the data: a write committed while the report runs files the
        // result under a version nobody will ask for again.
        if (rows.CacheVersion() is not { } current)
            return Compute(rows, from, to, lookbackDays, query.RevenueModel, cancellationToken);
        var key = new AttributionCache.Key(connection.ConnectionString, from, to, lookbackDays, query.RevenueModel, current.Version, current.Fingerprint);
        if (AttributionCache.TryGet(key, out var cached))
            return cached;
        var result = Compute(rows, from, to, lookbackDays, query.RevenueModel, cancellationToken);
        AttributionCache.Add(key, result);
        return result;
    }

    private AttributionReportResult Compute(IAttributionRows rows, DateOnly from, DateOnly to, int lookbackDays, AttributionModel revenueModel, CancellationToken cancellationToken)
    {
        var (fromUtc, toUtc) = (clock.NoonOfLocalDayUtc(from).Date, clock.NoonOfLocalDayUtc(to).Date);
        var lookback = TimeSpan.FromDays(lookbackDays);

        var channelNames = rows.Channels();
        var prospects = rows.Prospects(toUtc);
        var firstSales = rows.FirstSales(toUtc);
        // The one big read: every touch that can be in a window, in journey order.
        var earliest = fromUtc - lookback;
        var touches = rows.Touches(earliest, toUtc);

        var journeys = new List<Journey>(prospects.Count);
        var minutes = new Dictionary<int, long>();
        var depths = new int[3, 2];
        var unattributed = 0;
        var seen = new HashSet<int>();
        var current = new List<TouchRow>();
        var distinct = new HashSet<string>(StringComparer.Ordinal);

        void Close(int prospectId)
        {
            if (!prospects.TryGetValue(prospectId, out var prospect))
                return;
            seen.Add(prospectId);
            var converted = firstSales.TryGetValue(prospectId, out var sale);
            if (converted && sale.SoldAt < fromUtc)
                return; // converted before the period: not part of this report
            // A sale is dated by the day (stored at local noon): one recorded on the day the prospect
            // was created, but after noon, would otherwise end the journey before its first touch.
            var end = converted ? Max(sale.SoldAt, prospect.CreatedAt) : toUtc;
            var start = end - lookback;
            var path = new List<string>();
            var days = new List<double>();
            if (prospect.CreatedAt >= start && prospect.CreatedAt <= end)
            {
                path.Add(channelNames[prospect.SourceChannelId]);
                days.Add((end - prospect.CreatedAt).TotalDays);
            }
            foreach (var touch in current)
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
            journeys.Add(converted ? Journey.Converted(path, sale.Amount, days) : Journey.NotConverted(path));
            distinct.Clear();
            distinct.UnionWith(path);
            var depth = Math.Min(distinct.Count, 3) - 1;
            depths[depth, 0]++;
            if (converted)
                depths[depth, 1]++;
        }

        var currentProspect = -1;
        foreach (var touch in touches)
        {
            if (touch.ProspectId != currentProspect)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (currentProspect >= 0)
                    Close(currentProspect);
                current.Clear();
                currentProspect = touch.ProspectId;
            }
            current.Add(touch);
            if (touch.OccurredAt >= fromUtc)
                CollectionsMarshal.GetValueRefOrAddDefault(minutes, touch.ChannelId, out _) += touch.DurationMinutes;
        }
        if (currentProspect >= 0)
            Close(currentProspect);
        current.Clear();
        // Hours of a channel = its conversations' minutes plus the time entered for it (product.md).
        foreach (var (channelId, entered) in rows.TimeEntryMinutes(from, to))
            CollectionsMarshal.GetValueRefOrAddDefault(minutes, channelId, out _) += entered;
        foreach (var id in prospects.Keys.Where(id => !seen.Contains(id)))
            Close(id); // prospects without touches in the range still have their source touch

        var result = AttributionEngine.Run(journeys);
        var figures = Figures(result, revenueModel, prospects.Values, firstSales.ToDictionary(s => s.Key, s => s.Value.SoldAt), minutes, channelNames, fromUtc, toUtc);
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

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
