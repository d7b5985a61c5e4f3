using SocialKpi.Common;

namespace SocialKpi.Web.Features.Reports;

/// <summary>The funnel's period as its URL and CSV link carry it: prospects created in [from, to), local days.</summary>
public sealed record FunnelPeriod(DateOnly? From, DateOnly? To)
{
    public static bool TryParse(string? from, string? to, out FunnelPeriod period)
    {
        period = new FunnelPeriod(null, null);
        if (!Days.TryParseOptional(from, out var fromDay) || !Days.TryParseOptional(to, out var toDay) || (fromDay is { } f && toDay is { } t && f >= t))
            return false;
        if (fromDay is { Year: < 1900 } || toDay is { Year: < 1900 })
            return false;
        period = new FunnelPeriod(fromDay, toDay);
        return true;
    }

    public DateTime? FromUtc(TimeProvider clock) => Utc(From, clock);

    public DateTime? ToUtc(TimeProvider clock) => Utc(To, clock);

    private static DateTime? Utc(DateOnly? day, TimeProvider clock) =>
        day is { } d ? TimeZoneInfo.ConvertTimeToUtc(d.ToDateTime(TimeOnly.MinValue), clock.LocalTimeZone) : null;
}
