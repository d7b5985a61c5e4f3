namespace SocialKpi.Attribution;

/// <summary>
/// What the database report adds to a channel's credits: prospects it brought in the period and how
/// many became clients, its cost in time (conversation minutes and time entries) and its pace.
/// </summary>
public sealed record ChannelFigures(
    int Prospects,
    int Clients,
    double? ConversionRate,
    double HoursSpent,
    decimal? RevenuePerHour,
    double? MedianDaysToConvert);
