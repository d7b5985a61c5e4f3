namespace SocialKpi.Importing;

/// <summary>A refused cell: the file's line (the header is line 1), the column, and why.</summary>
public sealed record ImportError(int Line, string Column, string Message);

/// <summary>What an import did: rows read, every error found, and whether anything was written.</summary>
public sealed record ImportResult(int Rows, IReadOnlyList<ImportError> Errors, bool Written)
{
    public bool Succeeded => Errors.Count == 0;
}

public sealed record ImportOptions
{
    /// <summary>Check every row and report, write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Add channels the catalogue does not know instead of refusing their rows.</summary>
    public bool CreateChannels { get; init; }

    /// <summary>
    /// The file's own headers mapped to the import's columns (the wizard's "map columns" step);
    /// headers left out are ignored. Null reads the headers as the import's own names.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Columns { get; init; }

    /// <summary>A tag put on every prospect the import creates, so that the list can show them (the import's name).</summary>
    public string? Tag { get; init; }

    /// <summary>Who imports, from the wizard: owners and members may, viewers not. Null is the command line.</summary>
    public string? ActorId { get; init; }
}
