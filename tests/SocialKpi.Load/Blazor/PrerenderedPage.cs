using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SocialKpi.Load.Blazor;

/// <summary>
/// What a prerendered page hands to its circuit: the markers of its interactive root components
/// (HTML comments "Blazor:{…}" carrying a protected descriptor) and the persisted component state.
/// </summary>
public sealed partial record PrerenderedPage(IReadOnlyList<JsonObject> Markers, string State)
{
    public static PrerenderedPage Parse(string html)
    {
        var markers = Marker().Matches(html)
            .Select(m => JsonNode.Parse(m.Groups["json"].Value)!.AsObject())
            // The closing comment of a component repeats only its prerender id.
            .Where(m => m.ContainsKey("descriptor"))
            .ToList();
        var state = StateComment().Match(html) is { Success: true } s ? s.Groups["state"].Value : "";
        return new PrerenderedPage(markers, state);
    }

    [GeneratedRegex(@"<!--Blazor:(?<json>\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:(?<state>[A-Za-z0-9+/=]+)-->")]
    private static partial Regex StateComment();
}
