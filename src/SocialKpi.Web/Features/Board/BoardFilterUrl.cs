using SocialKpi.Pipeline;
using SocialKpi.Prospects;

namespace SocialKpi.Web.Features.Board;

/// <summary>
/// The board's filters as its URL carries them. A member sees their own prospects unless the URL
/// says owner=all; owners and viewers see everyone's unless it names an owner.
/// </summary>
public sealed record BoardFilterUrl(string? Q, int? ChannelId, string? Ring, int? PersonaId, string? Owner, string? Tag)
{
    public const string Everyone = "all";

    public BoardFilter ToFilter(string? currentUserId, bool isMember) => new()
    {
        SourceChannelId = ChannelId,
        Ring = Enum.TryParse<PerimeterRing>(Ring, out var ring) ? ring : null,
        PersonaId = PersonaId,
        OwnerId = Owner switch
        {
            Everyone => null,
            null or "" => isMember ? currentUserId : null,
            _ => Owner,
        },
        Tag = Tag,
        Text = Q,
    };

    public IReadOnlyDictionary<string, object?> ToQuery() => new Dictionary<string, object?>
    {
        ["q"] = string.IsNullOrWhiteSpace(Q) ? null : Q,
        ["channel"] = ChannelId,
        ["ring"] = string.IsNullOrEmpty(Ring) ? null : Ring,
        ["persona"] = PersonaId,
        ["owner"] = string.IsNullOrEmpty(Owner) ? null : Owner,
        ["tag"] = string.IsNullOrWhiteSpace(Tag) ? null : Tag,
    };
}
