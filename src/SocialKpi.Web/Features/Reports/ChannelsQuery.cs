using SocialKpi.Attribution;
using SocialKpi.Common;

namespace SocialKpi.Web.Features.Reports;

/// <summary>The channels report's period and model as its page, JSON and CSV receive them.</summary>
public sealed record ChannelsQuery(DateOnly? From, DateOnly? To, AttributionModel Model)
{
    public static bool TryParse(string? from, string? to, string? model, out ChannelsQuery query)
    {
        query = new ChannelsQuery(null, null, AttributionModel.Linear);
        if (!Days.TryParseOptional(from, out var fromDay) || !Days.TryParseOptional(to, out var toDay) || (fromDay is { } f && toDay is { } t && f >= t))
            return false;
        var chosen = AttributionModel.Linear;
        if (!string.IsNullOrEmpty(model) && !AttributionOutput.TryParseModel(model, out chosen))
            return false;
        query = new ChannelsQuery(fromDay, toDay, chosen);
        return true;
    }
}
