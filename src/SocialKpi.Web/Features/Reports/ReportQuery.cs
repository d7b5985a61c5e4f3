using SocialKpi.Attribution;
using SocialKpi.Common;

namespace SocialKpi.Web.Features.Reports;

/// <summary>The report's period and lookback as the page and the API receive them (yyyy-MM-dd, days).</summary>
public static class ReportQuery
{
    public static bool TryParse(string? from, string? to, int? lookback, out AttributionQuery query)
    {
        query = new AttributionQuery();
        if (!Days.TryParseOptional(from, out var fromDay) || !Days.TryParseOptional(to, out var toDay) || lookback is < 1 or > AttributionSettings.MaxLookbackDays || (fromDay is { } f && toDay is { } t && f >= t))
            return false;
        query = new AttributionQuery { From = fromDay, To = toDay, LookbackDays = lookback };
        return true;
    }
}
