namespace SocialKpi.Prospects;

public enum ProspectSort
{
    Recent,
    Name,
    Created,
    Value,
    Stage,
    Fit,
}

/// <summary>The list's search, filters, sort and page, as they appear in its URL.</summary>
public sealed record ProspectQuery
{
    public const int PageSize = 50;

    /// <summary>Rows per page; the grid offers a few sizes, never more than <see cref="MaxPageSize"/>.</summary>
    public int Size { get; init; } = PageSize;

    public const int MaxPageSize = 200;

    public string? Search { get; init; }
    public int? StageId { get; init; }
    public int? SourceChannelId { get; init; }
    public PerimeterRing? Ring { get; init; }
    public string? OwnerId { get; init; }
    public int? PersonaId { get; init; }
    public string? Tag { get; init; }
    public ProspectSort Sort { get; init; } = ProspectSort.Recent;
    public bool Descending { get; init; }
    public int Page { get; init; } = 1;
}

public sealed record ProspectListItem(
    int Id,
    string Name,
    string? Company,
    string? Email,
    string StageName,
    string SourceChannelName,
    PerimeterRing Ring,
    decimal? EstimatedValue,
    string? OwnerName,
    DateTime CreatedAt,
    DateTime LastActivityAt,
    double? Fit = null);

public sealed record ProspectPage(IReadOnlyList<ProspectListItem> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
