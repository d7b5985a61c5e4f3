namespace SocialKpi.Prospects;

/// <summary>What a user types to create or edit a prospect; the forms bind to it directly.</summary>
public class ProspectInput
{
    public string Name { get; set; } = "";
    public string? Company { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? City { get; set; }
    public string? Notes { get; set; }
    public int SourceChannelId { get; set; }
    public int StageId { get; set; }
    public string? OwnerId { get; set; }
    public int? PersonaId { get; set; }
    public PerimeterRing Ring { get; set; } = PerimeterRing.City;
    /// <summary>As typed: "1 500", "1500,50" and "1,500.50" are all accepted (see <see cref="Amount"/>).</summary>
    public string? EstimatedValue { get; set; }

    /// <summary>The version of the prospect the form was rendered from, to refuse overwriting a newer one.</summary>
    public int Version { get; set; }

    /// <summary>Comma-separated, as typed.</summary>
    public string? Tags { get; set; }

    public List<HandleInput> Handles { get; set; } = [];

    /// <summary>Set when the user saw the possible duplicates and chose to save anyway.</summary>
    public bool IgnoreDuplicates { get; set; }

    public IReadOnlyList<string> TagList() => ParseTags(Tags);

    /// <summary>Tags as people type them, comma-separated; stored lower case, each once.</summary>
    public static IReadOnlyList<string> ParseTags(string? tags) =>
        (tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.ToLowerInvariant())
            .Distinct()
            .ToList();

    public static ProspectInput From(Prospect prospect) => new()
    {
        Name = prospect.Name,
        Company = prospect.Company,
        Email = prospect.Email,
        Phone = prospect.Phone,
        City = prospect.City,
        Notes = prospect.Notes,
        SourceChannelId = prospect.SourceChannelId,
        StageId = prospect.StageId,
        OwnerId = prospect.OwnerId,
        PersonaId = prospect.PersonaId,
        Ring = prospect.Ring,
        EstimatedValue = prospect.EstimatedValue?.ToString(System.Globalization.CultureInfo.CurrentCulture),
        Version = prospect.Version,
        Tags = string.Join(", ", prospect.Tags.Select(t => t.Name).Order()),
        Handles = prospect.Handles.Select(h => new HandleInput { ChannelId = h.ChannelId, Handle = h.Handle }).ToList(),
    };
}

public class HandleInput
{
    public int ChannelId { get; set; }
    public string? Handle { get; set; }
}
