using System.Globalization;
using SocialKpi.Attribution;

namespace SocialKpi.Web.Components.Reports;

/// <summary>The report's period and lookback as the page and the API receive them (yyyy-MM-dd, days).</summary>
public static class ReportQuery
{
    public static bool TryParse(string? from, string? to, int? lookback, out AttributionQuery query)
    {
        query = new AttributionQuery();
        if (!TryDate(from, out var fromDay) || !TryDate(to, out var toDay) || lookback is < 1 or > 3650 || (fromDay is { } f && toDay is { } t && f >= t))
            return false;
        query = new AttributionQuery { From = fromDay, To = toDay, LookbackDays = lookback ?? AttributionQuery.DefaultLookbackDays };
        return true;
    }

    private static bool TryDate(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        day = ok ? parsed : null;
        return ok;
    }
}
