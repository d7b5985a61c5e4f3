namespace SocialKpi.Importing;

/// <summary>What kind of file an import read.</summary>
public enum ImportSource
{
    Prospects,
    Activities,
    Sales,
    LinkedIn,
    Instagram,
}

/// <summary>
/// One import that wrote something: what it created carries its id, and what it filled in on
/// prospects that existed is listed in <see cref="ImportFill"/>, so that it can be reverted.
/// </summary>
public class ImportBatch
{
    public int Id { get; set; }
    public ImportSource Source { get; set; }

    /// <summary>The import's name: the tag put on the prospects it created, or the file's name.</summary>
    public required string Name { get; set; }

    public string? FileName { get; set; }
    public string? ImportedById { get; set; }
    public DateTime ImportedAt { get; set; }

    /// <summary>Rows read, rows written as new, prospects that existed and were filled in, rows skipped as duplicates.</summary>
    public int Rows { get; set; }
    public int Created { get; set; }
    public int Filled { get; set; }
    public int Skipped { get; set; }

    public string? RevertedById { get; set; }
    public DateTime? RevertedAt { get; set; }
}

/// <summary>
/// A field an import filled on a prospect that existed (it was empty), so that a revert empties it
/// again. Only the field's name is kept, never its value: the prospect's own row holds that, and an
/// erasure clears it there.
/// </summary>
public class ImportFill
{
    public long Id { get; set; }
    public int ImportBatchId { get; set; }
    public int ProspectId { get; set; }

    /// <summary>A prospect column (<c>Email</c>, <c>Phone</c>…), <c>Handle:</c> and a channel id, or <c>Tag:</c> and a tag.</summary>
    public required string Field { get; set; }
}
