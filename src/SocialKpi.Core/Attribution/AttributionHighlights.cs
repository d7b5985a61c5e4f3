namespace SocialKpi.Attribution;

/// <summary>A channel's credit under one model, and its share of all conversions.</summary>
public sealed record ChannelCreditShare(string Channel, double Conversions, decimal Value, double ShareOfConversions);

/// <summary>What a channel's logged time brought back, under the report's revenue model.</summary>
public sealed record ChannelTimeReturn(string Channel, decimal RevenuePerHour, double HoursSpent);

/// <summary>
/// The few sentences a report should lead with, so that a user sees which channel pays before
/// reading a table of seven models: the channel credited with the most revenue under the chosen
/// model, where an hour of work brings most and least, and which channels open and close the
/// journeys that convert. Channels with less than an hour logged are not ranked per hour: a few
/// minutes that happened to precede a sale would top the list.
/// </summary>
public sealed record AttributionHighlights(
    ChannelCreditShare? MostRevenue,
    ChannelTimeReturn? BestHour,
    ChannelTimeReturn? WorstHour,
    string? Opens,
    string? Closes)
{
    public const double MinimumHoursToRank = 1;

    public static AttributionHighlights From(AttributionReportResult report, AttributionModel model)
    {
        var result = report.Result;
        if (result.TotalConversions <= 0 || !result.Models.Contains(model))
            return new AttributionHighlights(null, null, null, null, null);

        var most = result.Channels
            .OrderByDescending(c => c.ByModel[model].Value).ThenByDescending(c => c.ByModel[model].Conversions).ThenBy(c => c.Channel, StringComparer.Ordinal)
            .First();
        var credit = most.ByModel[model];
        var mostRevenue = new ChannelCreditShare(most.Channel, credit.Conversions, credit.Value, credit.Conversions / result.TotalConversions);

        var ranked = report.Figures
            .Where(f => f.Value.HoursSpent >= MinimumHoursToRank)
            .Select(f => new ChannelTimeReturn(f.Key, f.Value.RevenuePerHour ?? 0, f.Value.HoursSpent))
            .OrderByDescending(r => r.RevenuePerHour).ThenBy(r => r.Channel, StringComparer.Ordinal)
            .ToList();
        var best = ranked.FirstOrDefault();
        // Of the channels that bring least per hour, the one that took the most hours.
        var worst = ranked.Skip(1)
            .OrderBy(r => r.RevenuePerHour).ThenByDescending(r => r.HoursSpent).ThenBy(r => r.Channel, StringComparer.Ordinal)
            .FirstOrDefault();

        return new AttributionHighlights(mostRevenue, best, worst, Leader(result, AttributionModel.FirstTouch), Leader(result, AttributionModel.LastTouch));
    }

    private static string? Leader(AttributionResult result, AttributionModel model) =>
        result.Channels
            .Where(c => c.ByModel[model].Conversions > 0)
            .OrderByDescending(c => c.ByModel[model].Conversions).ThenBy(c => c.Channel, StringComparer.Ordinal)
            .Select(c => c.Channel)
            .FirstOrDefault();
}
