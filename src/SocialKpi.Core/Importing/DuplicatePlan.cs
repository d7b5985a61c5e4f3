using Microsoft.EntityFrameworkCore;
using SocialKpi.Data;
using SocialKpi.Prospects;

namespace SocialKpi.Importing;

/// <summary>A checked row of a prospects file, ready to be written.</summary>
internal sealed record ProspectRow(int Line, Prospect Prospect, string Channel, List<string> Tags)
{
    /// <summary>The handle on the prospect's source channel; a copy filling the row may give it.</summary>
    public string? Handle { get; set; }
}

/// <summary>
/// The user's choice per duplicate group turned into what to write: the rows to create, and the
/// rows that fill in prospects already in the workspace. Filling only ever sets what is empty, so
/// nothing a user typed is overwritten, and each field filled is listed for a revert.
/// </summary>
internal sealed class DuplicatePlan
{
    public List<ProspectRow> Create { get; } = [];
    public Dictionary<int, List<ProspectRow>> FillExisting { get; } = [];
    public int Skipped { get; private set; }

    public static DuplicatePlan Make(IReadOnlyList<DuplicateGroup> groups, IReadOnlyList<ProspectRow> rows, ImportOptions options)
    {
        var plan = new DuplicatePlan();
        var byLine = rows.ToDictionary(r => r.Line);
        var leftOut = new HashSet<int>();
        foreach (var group in groups)
        {
            var choice = options.DuplicateChoices?.GetValueOrDefault(group.Id, options.Duplicates) ?? options.Duplicates;
            if (choice == DuplicateChoice.Create)
                continue;
            var members = group.Lines.Select(l => byLine[l]).ToList();
            // Against the workspace every row is a copy of the prospect there; within the file the first row stays.
            var copies = group.ExistingId is null ? members.Skip(1).ToList() : members;
            leftOut.UnionWith(copies.Select(c => c.Line));
            plan.Skipped += copies.Count;
            if (choice != DuplicateChoice.Fill)
                continue;
            if (group.ExistingId is { } existing)
                plan.FillExisting[existing] = [.. plan.FillExisting.GetValueOrDefault(existing, []), .. copies];
            else
                copies.ForEach(copy => FillNew(members[0], copy));
        }
        plan.Create.AddRange(rows.Where(r => !leftOut.Contains(r.Line)));
        return plan;
    }

    /// <summary>A new prospect takes what its copies add: empty fields, their handle on its own network, their tags.</summary>
    private static void FillNew(ProspectRow kept, ProspectRow copy)
    {
        foreach (var column in ImportFillField.Columns.Where(c => c.IsEmpty(kept.Prospect) && !c.IsEmpty(copy.Prospect)))
            column.Copy(kept.Prospect, copy.Prospect);
        if (kept.Handle is null && copy.Handle is not null && Common.CatalogueName.Comparer.Equals(kept.Channel, copy.Channel))
            kept.Handle = copy.Handle;
        foreach (var tag in copy.Tags.Where(t => !kept.Tags.Contains(t)).Take(Math.Max(0, ProspectInputValidator.MaxTags - kept.Tags.Count)).ToList())
            kept.Tags.Add(tag);
    }

    /// <summary>Fills the existing prospects' empty fields in the file's order and lists each field filled; returns how many prospects changed.</summary>
    public async Task<int> FillAsync(SocialKpiDbContext db, ImportBatch batch, IReadOnlyDictionary<string, int> channelIds, CancellationToken cancellationToken)
    {
        if (FillExisting.Count == 0)
            return 0;
        var ids = FillExisting.Keys.ToList();
        var targets = await db.Prospects.Include(p => p.Handles).Include(p => p.Tags).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var fills = new List<ImportFill>();
        var changed = 0;
        foreach (var (id, copies) in FillExisting)
        {
            var target = targets[id];
            var before = fills.Count;
            void Take(string field, bool empty, bool given, Action set)
            {
                if (!empty || !given)
                    return;
                set();
                fills.Add(new ImportFill { ImportBatchId = batch.Id, ProspectId = id, Field = field });
            }
            foreach (var copy in copies)
            {
                var from = copy.Prospect;
                foreach (var column in ImportFillField.Columns)
                    Take(column.Name, column.IsEmpty(target), !column.IsEmpty(from), () => column.Copy(target, from));
                var channelId = channelIds[copy.Channel];
                Take(ImportFillField.Handle(channelId), target.Handles.All(h => h.ChannelId != channelId), copy.Handle is not null,
                    () => target.Handles.Add(new ProspectHandle { ChannelId = channelId, Handle = copy.Handle! }));
                foreach (var tag in copy.Tags)
                    Take(ImportFillField.Tag(tag), target.Tags.All(t => t.Name != tag) && target.Tags.Count < ProspectInputValidator.MaxTags, true,
                        () => target.Tags.Add(new ProspectTag { Name = tag }));
            }
            if (fills.Count == before)
                continue;
            // The import's own time: a revert sees any later change as someone else's.
            target.UpdatedAt = batch.ImportedAt;
            target.Version++;
            changed++;
        }
        db.ImportFills.AddRange(fills);
        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }
}

/// <summary>
/// What an import may fill on a prospect, and how each is named in <see cref="ImportFill.Field"/>:
/// the columns below, a handle on one channel, or a tag. Filling and its revert both read this list,
/// so a column added here is filled and emptied alike.
/// </summary>
internal static class ImportFillField
{
    public sealed record Column(string Name, Func<Prospect, bool> IsEmpty, Action<Prospect, Prospect> Copy, Action<Prospect> Clear);

    public static readonly IReadOnlyList<Column> Columns =
    [
        new(nameof(Prospect.ExternalRef), p => p.ExternalRef is null, (to, from) => to.ExternalRef = from.ExternalRef, p => p.ExternalRef = null),
        new(nameof(Prospect.Email), p => p.Email is null, (to, from) => to.Email = from.Email, p => p.Email = null),
        new(nameof(Prospect.Phone), p => p.Phone is null, (to, from) => to.Phone = from.Phone, p => p.Phone = null),
        new(nameof(Prospect.Company), p => p.Company is null, (to, from) => to.Company = from.Company, p => p.Company = null),
        new(nameof(Prospect.OwnerId), p => p.OwnerId is null, (to, from) => to.OwnerId = from.OwnerId, p => p.OwnerId = null),
        new(nameof(Prospect.PersonaId), p => p.PersonaId is null, (to, from) => to.PersonaId = from.PersonaId, p => p.PersonaId = null),
        new(nameof(Prospect.EstimatedValue), p => p.EstimatedValue is null, (to, from) => to.EstimatedValue = from.EstimatedValue, p => p.EstimatedValue = null),
    ];

    public const string HandlePrefix = "Handle:";
    public const string TagPrefix = "Tag:";

    public static string Handle(int channelId) => HandlePrefix + channelId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Tag(string tag) => TagPrefix + tag;
}
