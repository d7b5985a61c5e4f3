using Microsoft.EntityFrameworkCore;
using SocialKpi.Attribution;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Social;
using SocialKpi.TimeSpent;

namespace SocialKpi.Kpis;

/// <summary>One channel side by side: what it shows (followers, engagement) and what it pays (clients, revenue, per hour).</summary>
public sealed record ChannelReportRow(
    string Channel,
    int? Followers,
    double? EngagementRate,
    double? EngagementRateByReach,
    int Prospects,
    int Clients,
    double? ConversionRate,
    decimal Revenue,
    double Hours,
    decimal? RevenuePerHour,
    decimal? CostPerClient)
{
    /// <summary>The row in a plain sentence, in the current language: "Instagram: 4.1 % engagement, 2 clients, 38 € per hour."</summary>
    public string Sentence()
    {
        var parts = new List<string>();
        if (EngagementRate is { } engagement)
            parts.Add(Messages.SentenceEngagement(engagement));
        parts.Add(Messages.SentenceClients(Clients));
        parts.Add(RevenuePerHour is { } perHour ? Messages.SentencePerHour(perHour) : Messages.SentenceNoTime);
        return Messages.Sentence(Channel, string.Join(", ", parts));
    }
}

public sealed record ChannelsReportResult(DateOnly From, DateOnly To, AttributionModel Model, decimal? HourlyRate, IReadOnlyList<ChannelReportRow> Channels);

/// <summary>
/// "Likes are not revenue": per channel, followers and engagement from the account snapshots next
/// to prospects, clients, revenue under an attribution model and the time spent, for the local days
/// [from, to). Revenue, prospects, clients and hours come from the attribution report, so that both
/// reports always agree.
/// </summary>
public sealed class ChannelsReport(SocialKpiDbContext db, TimeProvider clock)
{
    public async Task<ChannelsReportResult> RunAsync(DateOnly? from, DateOnly? to, AttributionModel model, decimal? hourlyRate = null, CancellationToken cancellationToken = default)
    {
        var attribution = await new AttributionReport(db, clock).RunAsync(new AttributionQuery { From = from, To = to, RevenueModel = model }, cancellationToken);
        var (start, end) = (attribution.From, attribution.To);
        var rate = hourlyRate ?? await new HourlyRate(db, clock).GetAsync(cancellationToken);

        var snapshots = await db.SocialSnapshots.AsNoTracking()
            .Where(s => s.Date >= start && s.Date < end)
            .Join(db.SocialAccounts, s => s.AccountId, a => a.Id, (s, a) => new { Snapshot = s, a.Channel!.Name })
            .ToListAsync(cancellationToken);
        var social = snapshots.GroupBy(s => s.Name).ToDictionary(g => g.Key, g => Social(g.Select(x => x.Snapshot).ToList()), StringComparer.Ordinal);
        var archived = (await db.Channels.AsNoTracking().Where(c => c.IsArchived).Select(c => c.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        var rows = new List<ChannelReportRow>();
        foreach (var (channel, figures) in attribution.Figures)
        {
            var revenue = Math.Round(attribution.Result.Of(channel, model).Value, 2);
            var (followers, engagement, byReach) = social.GetValueOrDefault(channel);
            var hasData = figures.Prospects > 0 || revenue > 0 || figures.HoursSpent > 0 || followers is not null;
            if (!hasData && archived.Contains(channel))
                continue;
            rows.Add(new ChannelReportRow(
                channel,
                followers,
                engagement,
                byReach,
                figures.Prospects,
                figures.Clients,
                figures.ConversionRate,
                revenue,
                Math.Round(figures.HoursSpent, 2),
                figures.HoursSpent > 0 ? Math.Round(revenue / (decimal)figures.HoursSpent, 2) : null,
                rate is { } r && figures.Clients > 0 ? Math.Round((decimal)figures.HoursSpent * r / figures.Clients, 2) : null));
        }
        // What pays first: revenue, then revenue per hour, then clients.
        var sorted = rows
            .OrderByDescending(r => r.Revenue)
            .ThenByDescending(r => r.RevenuePerHour ?? -1)
            .ThenByDescending(r => r.Clients)
            .ThenBy(r => r.Channel, StringComparer.CurrentCulture)
            .ToList();
        return new ChannelsReportResult(start, end, model, rate, sorted);
    }

    /// <summary>Followers: per account, its latest snapshot in the period, summed; engagement as <see cref="SnapshotFigures"/> computes it.</summary>
    private static (int? Followers, double? Engagement, double? ByReach) Social(List<SocialSnapshot> snapshots)
    {
        var followers = snapshots.GroupBy(s => s.AccountId).Sum(g => g.MaxBy(s => s.Date)!.Followers);
        var (engagement, byReach) = SnapshotFigures.Engagement(snapshots);
        return (followers, engagement, byReach);
    }
}
