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
}
