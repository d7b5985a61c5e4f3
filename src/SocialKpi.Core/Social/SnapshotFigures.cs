namespace SocialKpi.Social;

/// <summary>Engagement over several snapshots, as the channels report and the KPI board both compute it.</summary>
public static class SnapshotFigures
{
    /// <summary>
    /// Interactions over followers (and over reach) summed across the snapshots where both are
    /// known: a rate weighted by audience, not an average of rates.
    /// </summary>
    public static (double? ByFollowers, double? ByReach) Engagement(IReadOnlyCollection<SocialSnapshot> snapshots)
    {
        var withInteractions = snapshots.Where(s => s.Interactions is not null).ToList();
        long followers = withInteractions.Sum(s => (long)s.Followers);
        double? byFollowers = followers > 0 ? (double)withInteractions.Sum(s => (long)s.Interactions!.Value) / followers : null;
        var withReach = withInteractions.Where(s => s.Reach is > 0).ToList();
        long reach = withReach.Sum(s => (long)s.Reach!.Value);
        double? byReach = reach > 0 ? (double)withReach.Sum(s => (long)s.Interactions!.Value) / reach : null;
        return (byFollowers, byReach);
    }
}
