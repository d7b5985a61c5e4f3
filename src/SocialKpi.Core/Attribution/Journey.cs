namespace SocialKpi.Attribution;

/// <summary>
/// An ordered list of touches (channel names, oldest first) and how often it ended in a conversion
/// or not. A prospect's journey counts once (1 conversion or 1 non-conversion); a row of an
/// aggregated path file counts as many times as it says.
/// </summary>
/// <param name="Channels">The channel of each touch, in order; ties in time keep entry order.</param>
/// <param name="DaysBeforeConversion">
/// For each touch, the (fractional) days between it and the conversion; null when times are unknown
/// (path files), in which case time decay is not computed.
/// </param>
public sealed record Journey(
    IReadOnlyList<string> Channels,
    double Conversions,
    decimal Value,
    double NonConversions,
    IReadOnlyList<double>? DaysBeforeConversion = null)
{
    public static Journey Converted(IReadOnlyList<string> channels, decimal value, IReadOnlyList<double>? daysBeforeConversion = null) =>
        new(channels, 1, value, 0, daysBeforeConversion);

    public static Journey NotConverted(IReadOnlyList<string> channels) => new(channels, 0, 0, 1);
}
