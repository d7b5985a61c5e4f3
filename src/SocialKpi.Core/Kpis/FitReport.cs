using Microsoft.EntityFrameworkCore;
using SocialKpi.Data;
using SocialKpi.Pipeline;
using SocialKpi.Prospects;

namespace SocialKpi.Kpis;

/// <summary>Prospects whose fit score falls in a band, and how many became clients.</summary>
public sealed record FitBand(int FromPercent, int ToPercent, int Prospects, int Clients)
{
    public double? ConversionRate => Prospects == 0 ? null : (double)Clients / Prospects;
}

/// <summary>
/// Does the ideal-client profile predict sales? Conversion rate by fit band (0–33 %, 34–66 %,
/// 67–100 %), over the prospects whose persona has a checklist. A profile that predicts well shows
/// a rate rising band after band.
/// </summary>
public sealed class FitReport(SocialKpiDbContext db)
{
    public async Task<IReadOnlyList<FitBand>> RunAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Prospects.AsNoTracking()
            .Where(p => p.PersonaId != null)
            .Select(p => new
            {
                Total = db.PersonaCriteria.Count(c => c.PersonaId == p.PersonaId),
                Met = db.ProspectCriteria.Count(c => c.ProspectId == p.Id),
                Won = p.Stage!.Outcome == StageOutcome.Won,
            })
            .Where(p => p.Total > 0)
            .ToListAsync(cancellationToken);
        return Enum.GetValues<FitLevel>().Select(level => level.Percents()).Select(band =>
        {
            var inBand = rows.Where(r => Percent(r.Met, r.Total) is var percent && percent >= band.From && percent <= band.To).ToList();
            return new FitBand(band.From, band.To, inBand.Count, inBand.Count(r => r.Won));
        }).ToList();
    }

    // Whole percents, rounded down, so that 1 of 3 (33.3 %) is in the first band and 2 of 3 (66.7 %) in the second.
    private static int Percent(int met, int total) => (int)Math.Floor(100.0 * Math.Min(met, total) / total);
}
