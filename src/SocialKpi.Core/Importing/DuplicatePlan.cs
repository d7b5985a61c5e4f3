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
        var (to, from) = (kept.Prospect, copy.Prospect);
        to.ExternalRef ??= from.ExternalRef;
        to.Email ??= from.Email;
        to.Phone ??= from.Phone;
        to.Company ??= from.Company;
        to.OwnerId ??= from.OwnerId;
        to.PersonaId ??= from.PersonaId;
        to.EstimatedValue ??= from.EstimatedValue;
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
                Take(nameof(Prospect.ExternalRef), target.ExternalRef is null, from.ExternalRef is not null, () => target.ExternalRef = from.ExternalRef);
                Take(nameof(Prospect.Email), target.Email is null, from.Email is not null, () => target.Email = from.Email);
                Take(nameof(Prospect.Phone), target.Phone is null, from.Phone is not null, () => target.Phone = from.Phone);
                Take(nameof(Prospect.Company), target.Company is null, from.Company is not null, () => target.Company = from.Company);
                Take(nameof(Prospect.OwnerId), target.OwnerId is null, from.OwnerId is not null, () => target.OwnerId = from.OwnerId);
                Take(nameof(Prospect.PersonaId), target.PersonaId is null, from.PersonaId is not null, () => target.PersonaId = from.PersonaId);
                Take(nameof(Prospect.EstimatedValue), target.EstimatedValue is null, from.EstimatedValue is not null, () => target.EstimatedValue = from.EstimatedValue);
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

/// <summary>How a filled handle or tag is named in <see cref="ImportFill.Field"/>.</summary>
internal static class ImportFillField
{
    public const string HandlePrefix = "Handle:";
    public const string TagPrefix = "Tag:";

    public static string Handle(int channelId) => HandlePrefix + channelId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Tag(string tag) => TagPrefix + tag;
}
