namespace SocialKpi.Importing;

/// <summary>The steps of an import, in order: each is reported as it starts and as its rows go by.</summary>
public enum ImportStep
{
    /// <summary>Splitting the file into rows; its length is not known before the end.</summary>
    Reading,

    /// <summary>Checking each row against the workspace's rules.</summary>
    Checking,

    /// <summary>Writing the records the rows make (a prospect, its entry into the pipeline, its handle, its tags).</summary>
    Writing,

    /// <summary>What follows the rows (last contacts, stage moves) and the commit; not counted.</summary>
    Saving,
}

/// <summary>Where a running import is, for a progress bar: the step, and how many of its items are done.</summary>
public sealed record ImportProgress(ImportStep Step, int Done, int Total)
{
    /// <summary>False for the steps that cannot be counted: a bar then moves without a value.</summary>
    public bool Counted => Total > 0;

    public int Percent => Total <= 0 ? 0 : (int)Math.Min(100, Done * 100L / Total);
}

/// <summary>
/// Reports one step's items as they go by, at most once per percent: an import of 100,000 rows
/// makes a hundred reports per step, not 100,000 renders of a progress bar.
/// </summary>
internal sealed class ImportProgressCounter
{
    private readonly IProgress<ImportProgress>? progress;
    private readonly ImportStep step;
    private readonly int total;
    private int done;
    private int reportedPercent = -1;

    private ImportProgressCounter(IProgress<ImportProgress>? progress, ImportStep step, int total)
    {
        (this.progress, this.step, this.total) = (progress, step, total);
        Report();
    }

    /// <summary>Announces <paramref name="step"/> with nothing done yet.</summary>
    public static ImportProgressCounter Start(IProgress<ImportProgress>? progress, ImportStep step, int total = 0) => new(progress, step, total);

    public void Add(int count = 1)
    {
        done += count;
        Report();
    }

    /// <summary>The same rows, counted as they are consumed.</summary>
    public IEnumerable<T> Counting<T>(IEnumerable<T> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
            Add();
        }
    }

    private void Report()
    {
        if (progress is null)
            return;
        var current = new ImportProgress(step, Math.Min(done, total), total);
        if (current.Percent == reportedPercent && done > 0)
            return;
        reportedPercent = current.Percent;
        progress.Report(current);
    }
}
