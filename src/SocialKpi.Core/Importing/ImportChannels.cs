using Microsoft.EntityFrameworkCore;
using SocialKpi.Channels;
using SocialKpi.Common;
using SocialKpi.Data;

namespace SocialKpi.Importing;

/// <summary>The channel catalogue as every import reads it, and the channels --create-channels adds.</summary>
internal static class ImportChannels
{
    /// <summary>
    /// The catalogue by name, folded for every alphabet. A database that already holds two names
    /// differing only in case (possible before names were compared this way) keeps the older
    /// channel for that name instead of failing on a duplicate key; an owner can merge the two.
    /// </summary>
    public static async Task<Dictionary<string, Channel>> LoadAsync(SocialKpiDbContext db, CancellationToken cancellationToken)
    {
        var byName = new Dictionary<string, Channel>(CatalogueName.Comparer);
        foreach (var channel in await db.Channels.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken))
            byName.TryAdd(channel.Name, channel);
        return byName;
    }

    public static async Task CreateMissingAsync(SocialKpiDbContext db, Dictionary<string, Channel> known, IEnumerable<string> used, CancellationToken cancellationToken)
    {
        foreach (var name in used.Distinct(CatalogueName.Comparer).Where(n => !known.ContainsKey(n)))
            db.Channels.Add(new Channel { Name = CatalogueName.Clean(name).Name, Kind = ChannelKind.Social });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Channel ids by name once the missing ones exist.</summary>
    public static async Task<Dictionary<string, int>> IdsAsync(SocialKpiDbContext db, CancellationToken cancellationToken) =>
        (await LoadAsync(db, cancellationToken)).ToDictionary(c => c.Key, c => c.Value.Id, CatalogueName.Comparer);
}
