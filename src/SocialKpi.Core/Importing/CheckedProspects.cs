using SocialKpi.Channels;

namespace SocialKpi.Importing;

/// <summary>
/// A prospects file once checked, handed back by a dry run so that the import that follows need
/// not read and check the file again (the wizard's "check", then "import": at 100,000 rows the
/// second check was 2.5 s of a 6.4 s import). It holds for one import, with the same
/// columns and channel option, and only while nothing at all has been written to the workspace
/// since the check began: the journal of changes (<see cref="Data.DataChange"/>) says so, for
/// writes of this process and of any other. Otherwise the import checks the file again.
/// </summary>
public sealed class CheckedProspects
{
    private readonly bool createChannels;
    private readonly Dictionary<string, string>? columns;
    private int taken;

    internal CheckedProspects(long journalPosition, ImportOptions options, int rows, Dictionary<string, Channel> channels, List<ProspectRow> prospects, IReadOnlyList<DuplicateGroup> duplicates)
    {
        (JournalPosition, Rows, Channels, Prospects, Duplicates) = (journalPosition, rows, channels, prospects, duplicates);
        (createChannels, columns) = (options.CreateChannels, options.Columns is null ? null : new Dictionary<string, string>(options.Columns));
    }

    internal long JournalPosition { get; }
    internal int Rows { get; }
    internal Dictionary<string, Channel> Channels { get; }
    internal List<ProspectRow> Prospects { get; }
    internal IReadOnlyList<DuplicateGroup> Duplicates { get; }

    /// <summary>
    /// True, once only, when these rows may be written for an import with these options at this
    /// journal position. Once only because writing changes the rows (duplicates fill each other,
    /// the import's tag is added).
    /// </summary>
    internal bool TryTake(ImportOptions options, long journalPosition) =>
        journalPosition == JournalPosition
        && options.CreateChannels == createChannels
        && SameColumns(options.Columns)
        && Interlocked.Exchange(ref taken, 1) == 0;

    private bool SameColumns(IReadOnlyDictionary<string, string>? other) =>
        columns is null ? other is null
        : other is not null && other.Count == columns.Count && columns.All(c => other.TryGetValue(c.Key, out var v) && v == c.Value);
}
