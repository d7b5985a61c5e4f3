using SocialKpi.Prospects;

namespace SocialKpi.Web.Features.Prospects;

/// <summary>The prospects list's search and filters, as its URL carries them.</summary>
public sealed record ProspectFilter(string? Search, int? StageId, int? ChannelId, PerimeterRing? Ring, string? OwnerId, int? PersonaId, string? Tag, FitLevel? Fit = null)
{
    public IReadOnlyDictionary<string, object?> ToQuery() => new Dictionary<string, object?>
    {
        ["q"] = string.IsNullOrWhiteSpace(Search) ? null : Search,
        ["stage"] = StageId,
        ["channel"] = ChannelId,
        ["ring"] = Ring?.ToString(),
        ["owner"] = string.IsNullOrEmpty(OwnerId) ? null : OwnerId,
        ["persona"] = PersonaId,
        ["tag"] = string.IsNullOrWhiteSpace(Tag) ? null : Tag,
        ["fit"] = Fit?.ToString().ToLowerInvariant(),
    };

    public ProspectQuery ToQuery(int page, int size, ProspectSort sort, bool descending) => new()
    {
        Search = Search,
        StageId = StageId,
        SourceChannelId = ChannelId,
        Ring = Ring,
        OwnerId = OwnerId,
        PersonaId = PersonaId,
        Tag = Tag,
        Fit = Fit,
        Page = page,
        Size = size,
        Sort = sort,
        Descending = descending,
    };
}
