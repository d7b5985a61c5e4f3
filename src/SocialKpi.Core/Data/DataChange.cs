namespace SocialKpi.Data;

/// <summary>
/// One committed write, in commit order, so that whatever keeps data in memory (the attribution
/// report's touches) can catch up with the writes since it last looked, including those of other
/// processes and other instances (decision 0026). Written by <see cref="DataChangeJournal"/>,
/// never by hand.
/// </summary>
public sealed class DataChange
{
    public long Seq { get; set; }

    /// <summary>
    /// The prospects whose creation, activities or sales the write may have changed, comma
    /// separated (empty when it changed none of those); null when it may have changed anything.
    /// </summary>
    public string? Prospects { get; set; }
}
