namespace SocialKpi.Importing;

/// <summary>A refused cell: the file's line (the header is line 1), the column, and why.</summary>
public sealed record ImportError(int Line, string Column, string Message);

/// <summary>What an import did: rows read, every error found, and whether anything was written.</summary>
public sealed record ImportResult(int Rows, IReadOnlyList<ImportError> Errors, bool Written)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>Rows of a prospects file that look like people already there or like each other.</summary>
    public IReadOnlyList<DuplicateGroup> Duplicates { get; init; } = [];

    /// <summary>Rows written as new; prospects already there that were filled in; rows left out as duplicates.</summary>
    public int Created { get; init; }
    public int Filled { get; init; }
    public int Skipped { get; init; }

    /// <summary>The import as recorded, to revert it; null when nothing was written.</summary>
    public int? BatchId { get; init; }

    /// <summary>A successful dry run of a prospects file: pass it to the import that follows (<see cref="ImportOptions.Checked"/>).</summary>
    public CheckedProspects? Checked { get; init; }
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

    /// <summary>The file's name, kept with the import's record.</summary>
    public string? FileName { get; init; }

    /// <summary>
    /// What to do with duplicate groups (<see cref="DuplicateGroup"/>) that have no choice of their
    /// own in <see cref="DuplicateChoices"/>, keyed by group id. Create keeps what imports always did.
    /// </summary>
    public DuplicateChoice Duplicates { get; init; } = DuplicateChoice.Create;
    public IReadOnlyDictionary<int, DuplicateChoice>? DuplicateChoices { get; init; }

    /// <summary>Told where the import is as it runs (the wizard's progress bar); null for none.</summary>
    public IProgress<ImportProgress>? Progress { get; init; }

    /// <summary>
    /// The dry run of the same prospects file (<see cref="ImportResult.Checked"/>): its rows are
    /// written without reading and checking the file again, if nothing was written since.
    /// </summary>
    public CheckedProspects? Checked { get; init; }
}
