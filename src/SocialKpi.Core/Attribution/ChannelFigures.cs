namespace SocialKpi.Attribution;

/// <summary>What the database report adds to a channel's credits: its cost in time and its pace.</summary>
public sealed record ChannelFigures(
    int Prospects,
    double? ConversionRate,
    double HoursSpent,
    decimal? RevenuePerHour,
    double? MedianDaysToConvert);
