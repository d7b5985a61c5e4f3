using Microsoft.EntityFrameworkCore;
using SocialKpi.Channels;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;

namespace SocialKpi.Importing;

/// <summary>What to do with the rows of a duplicate group.</summary>
public enum DuplicateChoice
{
    /// <summary>Every row becomes a prospect of its own, as if no duplicate had been found.</summary>
    Create,

    /// <summary>The prospect already there (or the group's first row) stays; the other rows are left out.</summary>
    Skip,

    /// <summary>As skip, but the rows left out fill the kept prospect's empty fields (and add their tags).</summary>
    Fill,
}

/// <summary>
/// Rows of a prospects file that look like one person: they share a normalised e-mail, phone, or
/// handle on the same network, with each other or with a prospect already in the workspace.
/// </summary>
/// <param name="Id">The group's first line in the file: the same file checked again gives the same ids.</param>
/// <param name="Match">What they share, in the user's language ("e-mail lea@atelier.fr").</param>
/// <param name="ExistingId">The workspace's prospect they match, if any.</param>
public sealed record DuplicateGroup(int Id, string Match, IReadOnlyList<int> Lines, int? ExistingId, string? ExistingName);

/// <summary>Finds duplicate groups, within the file and against the workspace, in one pass over the rows.</summary>
internal static class ImportDuplicates
{
    /// <summary>A checked row's contact keys, already normalised as they are stored.</summary>
    public sealed record Keys(int Line, string? Email, string? Phone, string? Handle, string Channel);

    public static async Task<List<DuplicateGroup>> FindAsync(SocialKpiDbContext db, IReadOnlyList<Keys> rows, Dictionary<string, Channel> channels, CancellationToken cancellationToken)
    {
        var existing = await ExistingAsync(db, rows, channels, cancellationToken);

        // Union-find over the rows: two rows sharing any key end in one group.
        var parent = Enumerable.Range(0, rows.Count).ToArray();
        int Root(int i)
        {
            while (parent[i] != i)
                i = parent[i] = parent[parent[i]];
            return i;
        }
        var firstRowWith = new Dictionary<string, int>(StringComparer.Ordinal);
        var matchOf = new Dictionary<int, string>();
        var existingOf = new Dictionary<int, int>();
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var (key, match) in KeysOf(rows[i]))
            {
                if (firstRowWith.TryGetValue(key, out var other))
                {
                    var (a, b) = (Root(other), Root(i));
                    if (a != b)
                        parent[Math.Max(a, b)] = Math.Min(a, b);
                    matchOf.TryAdd(i, match);
                }
                else
                {
                    firstRowWith[key] = i;
                }
                if (existing.TryGetValue(key, out var id))
                {
                    existingOf.TryAdd(i, id);
                    matchOf.TryAdd(i, match);
                }
            }
        }

        var groups = new List<DuplicateGroup>();
        var existingIds = existingOf.Values.Distinct().ToList();
        var names = existingIds.Count == 0
            ? []
            : await db.Prospects.AsNoTracking().Where(p => existingIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        foreach (var members in Enumerable.Range(0, rows.Count).GroupBy(Root))
        {
            var list = members.ToList();
            var existingId = list.Where(existingOf.ContainsKey).Select(i => (int?)existingOf[i]).FirstOrDefault();
            if (list.Count == 1 && existingId is null)
                continue;
            var match = list.Where(matchOf.ContainsKey).Select(i => matchOf[i]).First();
            groups.Add(new DuplicateGroup(rows[list[0]].Line, match, list.Select(i => rows[i].Line).ToList(), existingId, existingId is { } e ? names.GetValueOrDefault(e) : null));
        }
        return groups;
    }

    /// <summary>A handle is a person only on its own network: "lea" on Instagram and on LinkedIn may be two people.</summary>
    private static IEnumerable<(string Key, string Match)> KeysOf(Keys row)
    {
        if (row.Email is not null)
            yield return ("e\0" + row.Email, Messages.DuplicateByEmail(row.Email));
        if (row.Phone is not null)
            yield return ("p\0" + row.Phone, Messages.DuplicateByPhone(row.Phone));
        if (row.Handle is not null)
            yield return ("h\0" + CatalogueName.Key(row.Channel) + "\0" + row.Handle, Messages.DuplicateByHandle(row.Channel, row.Handle));
    }

    /// <summary>The workspace's prospects holding any of the file's keys, by key (the oldest prospect when several do).</summary>
    private static async Task<Dictionary<string, int>> ExistingAsync(SocialKpiDbContext db, IReadOnlyList<Keys> rows, Dictionary<string, Channel> channels, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var emails = rows.Where(r => r.Email is not null).Select(r => r.Email!).Distinct().ToList();
        var phones = rows.Where(r => r.Phone is not null).Select(r => r.Phone!).Distinct().ToList();
        var handles = rows.Where(r => r.Handle is not null).Select(r => r.Handle!).Distinct().ToList();
        if (emails.Count > 0)
        {
            foreach (var p in await db.Prospects.AsNoTracking().Where(p => p.Email != null && emails.Contains(p.Email)).OrderBy(p => p.Id).Select(p => new { p.Id, p.Email }).ToListAsync(cancellationToken))
                found.TryAdd("e\0" + p.Email, p.Id);
        }
        if (phones.Count > 0)
        {
            foreach (var p in await db.Prospects.AsNoTracking().Where(p => p.Phone != null && phones.Contains(p.Phone)).OrderBy(p => p.Id).Select(p => new { p.Id, p.Phone }).ToListAsync(cancellationToken))
                found.TryAdd("p\0" + p.Phone, p.Id);
        }
        if (handles.Count > 0)
        {
            var channelKeys = channels.Values.ToDictionary(c => c.Id, c => CatalogueName.Key(c.Name));
            foreach (var h in await db.ProspectHandles.AsNoTracking().Where(h => handles.Contains(h.Handle)).OrderBy(h => h.ProspectId).Select(h => new { h.ProspectId, h.ChannelId, h.Handle }).ToListAsync(cancellationToken))
            {
                if (channelKeys.TryGetValue(h.ChannelId, out var channelKey))
                    found.TryAdd("h\0" + channelKey + "\0" + h.Handle, h.ProspectId);
            }
        }
        return found;
    }
}
