using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using SocialKpi.Pipeline;
using SocialKpi.Prospects;

namespace SocialKpi.Web.Components.Board;

/// <summary>
/// The board's filters as a query string and back. A member sees their own prospects unless the
/// URL says owner=all; owners and viewers see everyone's unless it names an owner.
/// </summary>
public static class BoardUrl
{
    public const string Everyone = "all";

    public static BoardFilter Parse(IReadOnlyDictionary<string, string?> query, string? currentUserId, bool isMember)
    {
        var owner = query.GetValueOrDefault("owner");
        return new BoardFilter
        {
            SourceChannelId = int.TryParse(query.GetValueOrDefault("channel"), CultureInfo.InvariantCulture, out var channel) ? channel : null,
            Ring = Enum.TryParse<PerimeterRing>(query.GetValueOrDefault("ring"), out var ring) ? ring : null,
            PersonaId = int.TryParse(query.GetValueOrDefault("persona"), CultureInfo.InvariantCulture, out var persona) ? persona : null,
            OwnerId = owner switch
            {
                Everyone => null,
                null or "" => isMember ? currentUserId : null,
                _ => owner,
            },
            Tag = query.GetValueOrDefault("tag"),
            Text = query.GetValueOrDefault("q"),
        };
    }

    /// <summary>The query of a board URL (the part after ?), for parsing a return address.</summary>
    public static IReadOnlyDictionary<string, string?> QueryOf(string? url)
    {
        var at = url?.IndexOf('?', StringComparison.Ordinal) ?? -1;
        return at < 0
            ? new Dictionary<string, string?>()
            : QueryHelpers.ParseQuery(url![at..]).ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
    }
}
