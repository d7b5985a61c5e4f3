using Microsoft.EntityFrameworkCore;
using SocialKpi.Activities;
using SocialKpi.Data;
using SocialKpi.Pipeline;
using SocialKpi.Prospects;

namespace SocialKpi.Kpis;

/// <summary>One perimeter ring: how far it is worked and what it pays (product.md, local prospecting).</summary>
public sealed record RingRow(PerimeterRing Ring, int Prospects, int Contacted, int Clients, double Hours, decimal Revenue)
{
    /// <summary>Prospects we reached out to (an outbound conversation) over the ring's prospects.</summary>
    public double? ContactedShare => Prospects == 0 ? null : (double)Contacted / Prospects;

    public double? ConversionRate => Prospects == 0 ? null : (double)Clients / Prospects;

    public decimal? RevenuePerHour => Hours > 0 ? Math.Round(Revenue / (decimal)Hours, 2) : null;

    /// <summary>Prospects of the ring nobody has reached out to yet.</summary>
    public int Left => Prospects - Contacted;
}

/// <summary>Why to move one ring out, with its numbers: most of the ring is contacted, or its latest contacts gave nothing.</summary>
public sealed record RingAdvice(PerimeterRing Ring, PerimeterRing Next, double ContactedShare, int RecentContacts, int RecentClients);

public sealed record RingsReportResult(IReadOnlyList<RingRow> Rings, RingAdvice? Advice);

/// <summary>
/// "Snail" prospecting: start close to home and widen ring by ring. Per ring, the prospects,
/// the share already contacted, the conversion rate, the hours of its conversations and its
/// revenue; and advice to widen when the innermost ring with prospects left is 80 % contacted, or
/// its last 20 contacts brought no client.
/// </summary>
public sealed class RingsReport(SocialKpiDbContext db)
{
    public const double MostlyContacted = 0.8;
    public const int RecentContactCount = 20;

    // Rings with a next one out; online-only is not a step of the snail.
    private static readonly PerimeterRing[] Snail =
        [PerimeterRing.Building, PerimeterRing.Street, PerimeterRing.Neighbourhood, PerimeterRing.City, PerimeterRing.Region, PerimeterRing.Beyond];

    public async Task<RingsReportResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var counts = await db.Prospects.AsNoTracking()
            .GroupBy(p => p.Ring)
            .Select(g => new
            {
                Ring = g.Key,
                Prospects = g.Count(),
                Contacted = g.Count(p => db.Activities.Any(a => a.ProspectId == p.Id && a.Direction == Direction.Outbound)),
                Clients = g.Count(p => p.Stage!.Outcome == StageOutcome.Won),
            })
            .ToDictionaryAsync(r => r.Ring, cancellationToken);
        var minutes = await (from a in db.Activities.AsNoTracking()
                             join p in db.Prospects on a.ProspectId equals p.Id
                             group a.DurationMinutes by p.Ring into g
                             select new { Ring = g.Key, Minutes = g.Sum(m => (long)m) })
            .ToDictionaryAsync(r => r.Ring, r => r.Minutes, cancellationToken);
        var revenue = await (from s in db.Sales.AsNoTracking()
                             join p in db.Prospects on s.ProspectId equals p.Id
                             group s.Amount by p.Ring into g
                             select new { Ring = g.Key, Amount = g.Sum() })
            .ToDictionaryAsync(r => r.Ring, r => r.Amount, cancellationToken);

        var rows = Enum.GetValues<PerimeterRing>().Select(ring =>
        {
            var c = counts.GetValueOrDefault(ring);
            return new RingRow(ring, c?.Prospects ?? 0, c?.Contacted ?? 0, c?.Clients ?? 0,
                Math.Round(minutes.GetValueOrDefault(ring) / 60.0, 2), revenue.GetValueOrDefault(ring));
        }).ToList();
        return new RingsReportResult(rows, await AdviceAsync(rows, cancellationToken));
    }

    private async Task<RingAdvice?> AdviceAsync(List<RingRow> rows, CancellationToken cancellationToken)
    {
        var index = Array.FindIndex(Snail, ring => rows.First(r => r.Ring == ring).Left > 0);
        if (index < 0 || index == Snail.Length - 1)
            return null;
        var (ring, next) = (Snail[index], Snail[index + 1]);
        var row = rows.First(r => r.Ring == ring);

        // The ring's latest contacts: the prospects most recently reached out to for the first time.
        var recent = await db.Prospects.AsNoTracking()
            .Where(p => p.Ring == ring)
            .Select(p => new
            {
                FirstContact = db.Activities.Where(a => a.ProspectId == p.Id && a.Direction == Direction.Outbound).Min(a => (DateTime?)a.OccurredAt),
                Won = p.Stage!.Outcome == StageOutcome.Won,
            })
            .Where(p => p.FirstContact != null)
            .OrderByDescending(p => p.FirstContact)
            .Take(RecentContactCount)
            .ToListAsync(cancellationToken);
        var recentClients = recent.Count(p => p.Won);
        var exhausted = row.ContactedShare >= MostlyContacted;
        var fruitless = recent.Count == RecentContactCount && recentClients == 0;
        return exhausted || fruitless ? new RingAdvice(ring, next, row.ContactedShare ?? 0, recent.Count, recentClients) : null;
    }
}
