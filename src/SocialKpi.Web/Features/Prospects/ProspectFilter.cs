using SocialKpi.Prospects;

namespace SocialKpi.Web.Features.Prospects;

/// <summary>The prospects list's search and filters, as its URL carries them.</summary>
public sealed record ProspectFilter(string? Search, int? StageId, int? ChannelId, PerimeterRing? Ring, string? OwnerId, int? PersonaId, string? Tag, FitLevel? Fit = null)
{
    /// <summary>The filter from the URL's parameters; a ring or fit band the list does not know is no filter.</summary>
    public static ProspectFilter FromUrl(string? q, int? stage, int? channel, string? ring, string? owner, int? persona, string? tag, string? fit) =>
        new(q, stage, channel, Enum.TryParse<PerimeterRing>(ring, out var r) && Enum.IsDefined(r) ? r : null, owner, persona, tag,
            Enum.TryParse<FitLevel>(fit, ignoreCase: true, out var f) && Enum.IsDefined(f) ? f : null);

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

    /// <summary>Everything the filter keeps, for the CSV download.</summary>
    public ProspectQuery ToExportQuery() => ToQuery(1, ProspectQuery.PageSize, ProspectSort.Recent, descending: false);

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
