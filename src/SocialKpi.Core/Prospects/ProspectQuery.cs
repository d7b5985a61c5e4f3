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

/// <summary>The fit bands of the fit report: 0–33 %, 34–66 %, 67–100 % of the persona's criteria met.</summary>
public enum FitLevel
{
    Low,
    Middle,
    High,
}

public static class FitLevels
{
    /// <summary>Whole percents of the band, both ends included; a score is rounded down (1 of 3 is 33 %, in the low band).</summary>
    public static (int From, int To) Percents(this FitLevel level) => level switch
    {
        FitLevel.Low => (0, 33),
        FitLevel.Middle => (34, 66),
        _ => (67, 100),
    };
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

    /// <summary>Prospects whose fit with their persona falls in the band; prospects without a checklist are in none.</summary>
    public FitLevel? Fit { get; init; }

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
