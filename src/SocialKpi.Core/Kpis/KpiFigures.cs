using Microsoft.EntityFrameworkCore;
using SocialKpi.Activities;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Objectives;
using SocialKpi.Social;

namespace SocialKpi.Kpis;

/// <summary>A KPI's value over some days, with what it is made of when that helps ("prospects by source").</summary>
public sealed record KpiValue(double? Value, IReadOnlyList<KpiPart> Parts)
{
    public static readonly KpiValue None = new(null, []);
}

public sealed record KpiPart(string Label, double Value);

/// <summary>
/// The KPIs of product.md over a run of local days [from, to), computed from what the workspace
/// holds; a figure nothing was recorded for is null, never zero. Each source (snapshots, prospects,
/// conversations, sales) is read once, and only when one of the wanted KPIs needs it.
/// </summary>
public sealed class KpiFigures(SocialKpiDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<KpiMetric, KpiValue>> ReadAsync(DayRange days, IReadOnlySet<KpiMetric> wanted, CancellationToken cancellationToken = default)
    {
        var values = new Dictionary<KpiMetric, KpiValue>();
        var (from, to) = (clock.StartOfLocalDayUtc(days.From), clock.StartOfLocalDayUtc(days.To));
        if (wanted.Any(KpiMetrics.IsSocial))
            await ReadSocialAsync(days, values, cancellationToken);
        if (wanted.Contains(KpiMetric.NewProspects) || wanted.Contains(KpiMetric.ConversionRate))
            await ReadProspectsAsync(from, to, values, cancellationToken);
        if (wanted.Contains(KpiMetric.Conversations) || wanted.Contains(KpiMetric.InboundConversations))
            await ReadConversationsAsync(from, to, values, cancellationToken);
        if (wanted.Contains(KpiMetric.Clients) || wanted.Contains(KpiMetric.Revenue))
            await ReadSalesAsync(from, to, values, cancellationToken);
        return wanted.ToDictionary(m => m, m => values.GetValueOrDefault(m) ?? KpiValue.None);
    }

    private async Task ReadSocialAsync(DayRange days, Dictionary<KpiMetric, KpiValue> values, CancellationToken cancellationToken)
    {
        // Followers are a level: the latest snapshot before the end counts, however old. The
        // snapshot table holds one row per account and day entered, so reading it is cheap.
        var snapshots = await db.SocialSnapshots.AsNoTracking().Where(s => s.Date < days.To).ToListAsync(cancellationToken);
        var inRange = snapshots.Where(s => s.Date >= days.From).ToList();

        values[KpiMetric.Reach] = Sum(inRange, s => s.Reach);
        values[KpiMetric.Impressions] = Sum(inRange, s => s.Impressions);
        values[KpiMetric.Mentions] = Sum(inRange, s => s.Mentions);
        values[KpiMetric.LinkClicks] = Sum(inRange, s => s.LinkClicks);
        values[KpiMetric.ProfileVisits] = Sum(inRange, s => s.ProfileVisits);
        values[KpiMetric.EngagementRate] = new(SnapshotFigures.Engagement(inRange).ByFollowers, []);

        var byAccount = snapshots.GroupBy(s => s.AccountId).ToList();
        values[KpiMetric.Followers] = byAccount.Count == 0 ? KpiValue.None : new(byAccount.Sum(g => g.MaxBy(s => s.Date)!.Followers), []);

        // Growth: per account seen in the range, its latest figure there minus the one it started
        // the range with (the last before it, else the first within it).
        var growths = byAccount
            .Where(g => g.Any(s => s.Date >= days.From))
            .Select(g =>
            {
                var latest = g.MaxBy(s => s.Date)!;
                var baseline = g.Where(s => s.Date < days.From).MaxBy(s => s.Date) ?? g.Where(s => s.Date >= days.From).MinBy(s => s.Date)!;
                return (double)(latest.Followers - baseline.Followers);
            })
            .ToList();
        values[KpiMetric.FollowerGrowth] = growths.Count == 0 ? KpiValue.None : new(growths.Sum(), []);
    }

    private static KpiValue Sum(List<SocialSnapshot> snapshots, Func<SocialSnapshot, int?> figure)
    {
        var known = snapshots.Select(figure).Where(v => v is not null).ToList();
        return known.Count == 0 ? KpiValue.None : new(known.Sum(v => (double)v!.Value), []);
    }

    private async Task ReadProspectsAsync(DateTime from, DateTime to, Dictionary<KpiMetric, KpiValue> values, CancellationToken cancellationToken)
    {
        var bySource = await db.Prospects.AsNoTracking()
            .Where(p => p.CreatedAt >= from && p.CreatedAt < to)
            .GroupBy(p => p.SourceChannel!.Name)
            .Select(g => new { Channel = g.Key, Count = g.Count(), Clients = g.Count(p => db.Sales.Any(s => s.ProspectId == p.Id)) })
            .ToListAsync(cancellationToken);
        var created = bySource.Sum(s => s.Count);
        values[KpiMetric.NewProspects] = new(created, Parts(bySource.Select(s => (s.Channel, (double)s.Count))));
        // product.md: clients among the prospects created in the period, over those prospects.
        values[KpiMetric.ConversionRate] = created == 0 ? KpiValue.None : new((double)bySource.Sum(s => s.Clients) / created, []);
    }

    private async Task ReadConversationsAsync(DateTime from, DateTime to, Dictionary<KpiMetric, KpiValue> values, CancellationToken cancellationToken)
    {
        // A note is the user writing to themself and a like is not a word exchanged: neither is a conversation.
        var counts = await db.Activities.AsNoTracking()
            .Where(a => a.OccurredAt >= from && a.OccurredAt < to && a.Kind != ActivityKind.Note && a.Kind != ActivityKind.Like)
            .GroupBy(a => a.Direction)
            .Select(g => new { Direction = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        values[KpiMetric.Conversations] = new(counts.Sum(c => c.Count), []);
        values[KpiMetric.InboundConversations] = new(counts.Where(c => c.Direction == Direction.Inbound).Sum(c => c.Count), []);
    }

    private async Task ReadSalesAsync(DateTime from, DateTime to, Dictionary<KpiMetric, KpiValue> values, CancellationToken cancellationToken)
    {
        var revenue = await db.Sales.AsNoTracking()
            .Where(s => s.SoldAt >= from && s.SoldAt < to)
            .Join(db.Prospects, s => s.ProspectId, p => p.Id, (s, p) => new { s.Amount, p.SourceChannel!.Name })
            .GroupBy(x => x.Name)
            .Select(g => new { Channel = g.Key, Amount = g.Sum(x => x.Amount) })
            .ToListAsync(cancellationToken);
        values[KpiMetric.Revenue] = new((double)revenue.Sum(r => r.Amount), Parts(revenue.Select(r => (r.Channel, (double)r.Amount))));
        // A conversion is a prospect's first sale (product.md), so a second sale is revenue but no new client.
        var clients = await db.Sales.AsNoTracking()
            .GroupBy(s => s.ProspectId)
            .Select(g => g.Min(s => s.SoldAt))
            .CountAsync(first => first >= from && first < to, cancellationToken);
        values[KpiMetric.Clients] = new(clients, []);
    }

    private static IReadOnlyList<KpiPart> Parts(IEnumerable<(string Label, double Value)> parts) =>
        parts.Where(p => p.Value > 0).OrderByDescending(p => p.Value).ThenBy(p => p.Label, StringComparer.CurrentCulture)
            .Select(p => new KpiPart(p.Label, p.Value)).ToList();
}
