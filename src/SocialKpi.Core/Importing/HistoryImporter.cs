using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Activities;
using SocialKpi.Channels;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Pipeline;
using SocialKpi.Prospects;
using SocialKpi.Sales;
using SocialKpi.Users;

namespace SocialKpi.Importing;

/// <summary>
/// Brings a spreadsheet's past into the workspace: prospects, their activities, their sales. Every
/// row is checked first; a file with any bad row writes nothing and lists every bad cell. History is
/// recorded as given: the consent rule applies to outreach logged from now on, not to the past.
/// </summary>
public sealed class HistoryImporter(SocialKpiDbContext db, TimeProvider clock)
{
    /// <summary>The last five are optional and what the prospects export adds, so that it imports back unchanged.</summary>
    public static readonly string[] ProspectColumns = ["ref", "name", "email", "phone", "handle", "source_channel", "created_at", "ring", "stage", "company", "owner", "persona", "tags", "estimated_value"];
    public static readonly string[] ProspectRequired = ["ref", "name", "source_channel", "created_at"];
    public static readonly string[] ActivityColumns = ["prospect_ref", "occurred_at", "channel", "kind", "direction", "duration_minutes", "summary"];
    public static readonly string[] ActivityRequired = ["prospect_ref", "occurred_at", "kind"];
    public static readonly string[] SaleColumns = ["prospect_ref", "sold_at", "amount", "note"];
    public static readonly string[] SaleRequired = ["prospect_ref", "sold_at", "amount"];

    public async Task<ImportResult> ProspectsAsync(TextReader file, ImportOptions options, CancellationToken cancellationToken = default)
    {
        if (!await db.CanEditAsync(options.ActorId, cancellationToken))
            return new ImportResult(0, [new ImportError(0, "", Messages.ViewerCannotEdit)], Written: false);
        var journal = await JournalPositionAsync(cancellationToken);
        if (!options.DryRun && options.Checked is { } done && done.TryTake(options, journal))
            return await WriteProspectsAsync(done, options, cancellationToken);
        var (failed, checkedRows) = await CheckProspectsAsync(file, options, journal, cancellationToken);
        if (failed is not null)
            return failed;
        return options.DryRun
            ? new ImportResult(checkedRows!.Rows, [], Written: false) { Duplicates = checkedRows.Duplicates, Checked = checkedRows }
            : await WriteProspectsAsync(checkedRows!, options, cancellationToken);
    }

    // The last write to the workspace, by any process: the check holds while it has not moved.
    private async Task<long> JournalPositionAsync(CancellationToken cancellationToken) =>
        await db.DataChanges.MaxAsync(c => (long?)c.Seq, cancellationToken) ?? 0;

    private async Task<(ImportResult? Failed, CheckedProspects? Checked)> CheckProspectsAsync(TextReader file, ImportOptions options, long journal, CancellationToken cancellationToken)
    {
        ImportProgressCounter.Start(options.Progress, ImportStep.Reading);
        var (rows, errors) = CsvRows.Read(file, ProspectColumns, ProspectRequired, options.Columns);
        var channels = await ChannelsAsync(cancellationToken);
        var stages = await db.Stages.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var existingRefs = (await db.Prospects.AsNoTracking().Where(p => p.ExternalRef != null).Select(p => p.ExternalRef!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var owners = await db.Users.AsNoTracking().Where(u => u.Email != null).ToDictionaryAsync(u => u.Email!, u => u.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var personas = await db.Personas.AsNoTracking().ToDictionaryAsync(p => p.Name, p => p.Id, CatalogueName.Comparer, cancellationToken);
        var prospects = new List<ProspectRow>();

        var checking = ImportProgressCounter.Start(options.Progress, ImportStep.Checking, rows.Count);
        foreach (var row in checking.Counting(rows))
        {
            var before = errors.Count;
            var reference = ImportCells.Required(row, "ref", errors);
            var name = ImportCells.Required(row, "name", errors);
            if (reference.Length > Limits.ShortText)
                errors.Add(new ImportError(row.Line, "ref", Messages.TooLong(Limits.ShortText)));
            else if (reference.Length > 0 && !seen.Add(reference))
                errors.Add(new ImportError(row.Line, "ref", Messages.ImportDuplicateRef(reference)));
            else if (existingRefs.Contains(reference))
                errors.Add(new ImportError(row.Line, "ref", Messages.ImportRefExists(reference)));
            if (name.Length > Limits.Name)
                errors.Add(new ImportError(row.Line, "name", Messages.TooLong(Limits.Name)));
            var email = ContactNormalizer.Email(row["email"]);
            if (email is not null && !ContactNormalizer.IsValidEmail(email))
                errors.Add(new ImportError(row.Line, "email", Messages.EmailInvalid));
            var phone = ContactNormalizer.Phone(row["phone"]);
            if (phone is not null && !ContactNormalizer.IsValidPhone(phone))
                errors.Add(new ImportError(row.Line, "phone", Messages.PhoneInvalid));
            var handle = ContactNormalizer.Handle(row["handle"]);
            if (handle is not null && !ContactNormalizer.IsValidHandle(handle))
                errors.Add(new ImportError(row.Line, "handle", Messages.HandleInvalid));
            var channel = ImportCells.Channel(row, "source_channel", channels, options, errors, required: true);
            var createdAt = ImportCells.Time(row, "created_at", clock, errors);
            var ring = PerimeterRing.City;
            if (row["ring"].Length > 0 && !ImportValues.TryEnum(row["ring"], out ring))
                errors.Add(new ImportError(row.Line, "ring", Messages.ImportRingInvalid));
            var stage = row["stage"].Length == 0 ? stages[0] : stages.FirstOrDefault(s => CatalogueName.Key(s.Name) == CatalogueName.Key(row["stage"]));
            if (stage is null)
                errors.Add(new ImportError(row.Line, "stage", Messages.ImportUnknownStage(string.Join(", ", stages.Select(s => s.Name)))));
            var details = Details(row, owners, personas, errors);
            if (errors.Count > before)
                continue;
            prospects.Add(new ProspectRow(row.Line, new Prospect
            {
                Name = PlainText.WithoutBidiControls(name),
                NameNormalized = ContactNormalizer.ForSearch(name),
                ExternalRef = reference,
                Email = email,
                Phone = phone,
                Company = details.Company,
                OwnerId = details.OwnerId,
                PersonaId = details.PersonaId,
                EstimatedValue = details.EstimatedValue,
                Ring = ring,
                StageId = stage!.Id,
                CreatedAt = createdAt,
                UpdatedAt = createdAt,
                StageChangedAt = createdAt,
                LastActivityAt = createdAt,
            }, channel!, [.. details.Tags]) { Handle = handle });
        }
        if (errors.Count > 0)
            return (new ImportResult(rows.Count, errors, Written: false), null);
        var duplicates = await ImportDuplicates.FindAsync(db, [.. prospects.Select(p => new ImportDuplicates.Keys(p.Line, p.Prospect.Email, p.Prospect.Phone, p.Handle, p.Channel))], channels, cancellationToken);
        return (null, new CheckedProspects(journal, options, rows.Count, channels, prospects, duplicates));
    }

    private async Task<ImportResult> WriteProspectsAsync(CheckedProspects checkedRows, ImportOptions options, CancellationToken cancellationToken)
    {
        var (channels, prospects, duplicates) = (checkedRows.Channels, checkedRows.Prospects, checkedRows.Duplicates);
        if (options.Tag is { } importTag)
        {
            var tag = ImportTags.From(importTag, "import");
            foreach (var row in prospects.Where(r => !r.Tags.Contains(tag)))
                row.Tags.Add(tag);
        }
        var plan = DuplicatePlan.Make(duplicates, prospects, options);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await CreateChannelsAsync(channels, prospects.Select(p => p.Channel), cancellationToken);
        var channelIds = (await ChannelsAsync(cancellationToken)).ToDictionary(c => c.Key, c => c.Value.Id, CatalogueName.Comparer);
        var batch = await PastImports.BeginAsync(db, clock, ImportSource.Prospects, options.Tag ?? options.FileName ?? "prospects", options.FileName, options.ActorId, checkedRows.Rows, plan.Create.Count, cancellationToken);
        foreach (var row in plan.Create)
            (row.Prospect.SourceChannelId, row.Prospect.ImportBatchId) = (channelIds[row.Channel], batch.Id);
        var created = plan.Create.Select(p => (p.Prospect, p.Handle)).ToList();
        var writing = ImportProgressCounter.Start(options.Progress, ImportStep.Writing, ImportedProspects.Records(created) + plan.Create.Sum(p => p.Tags.Count));
        await ImportedProspects.WriteAsync(db, created, writing, cancellationToken);
        await BulkWriter.InsertAsync(db, writing.Counting(plan.Create.SelectMany(p => p.Tags.Select(tag => new ProspectTag { ProspectId = p.Prospect.Id, Name = tag }))), cancellationToken);
        ImportProgressCounter.Start(options.Progress, ImportStep.Saving);
        var filled = await plan.FillAsync(db, batch, channelIds, cancellationToken);
        (batch.Created, batch.Filled, batch.Skipped) = (plan.Create.Count, filled, plan.Skipped);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportResult(checkedRows.Rows, [], Written: true) { Duplicates = duplicates, Created = batch.Created, Filled = filled, Skipped = plan.Skipped, BatchId = batch.Id };
    }

    private sealed record ProspectDetails(string? Company, string? OwnerId, int? PersonaId, IReadOnlyList<string> Tags, decimal? EstimatedValue);

    /// <summary>The optional cells the prospects export adds, checked by the rules of the prospect form.</summary>
    private static ProspectDetails Details(CsvRow row, Dictionary<string, string> owners, Dictionary<string, int> personas, List<ImportError> errors)
    {
        var company = row["company"];
        if (company.Length > Limits.Name)
            errors.Add(new ImportError(row.Line, "company", Messages.TooLong(Limits.Name)));
        string? ownerId = null;
        if (row["owner"].Length > 0 && !owners.TryGetValue(row["owner"], out ownerId))
            errors.Add(new ImportError(row.Line, "owner", Messages.ImportUnknownOwner(row["owner"])));
        int? personaId = null;
        if (row["persona"].Length > 0)
        {
            if (personas.TryGetValue(row["persona"], out var id))
                personaId = id;
            else
                errors.Add(new ImportError(row.Line, "persona", Messages.ImportUnknownPersona(string.Join(", ", personas.Keys.Order(StringComparer.OrdinalIgnoreCase)))));
        }
        var tags = ProspectInput.ParseTags(row["tags"]);
        if (tags.Count > ProspectInputValidator.MaxTags)
            errors.Add(new ImportError(row.Line, "tags", Messages.TooManyTags(ProspectInputValidator.MaxTags)));
        else if (tags.Any(t => t.Length > Limits.Tag))
            errors.Add(new ImportError(row.Line, "tags", Messages.TagTooLong(Limits.Tag)));
        decimal? value = null;
        if (!Amount.TryParse(row["estimated_value"], out value))
            errors.Add(new ImportError(row.Line, "estimated_value", Messages.AmountInvalid));
        else if (value < 0)
            errors.Add(new ImportError(row.Line, "estimated_value", Messages.ValueNegative));
        else if (value >= ProspectInputValidator.MaxValue)
            errors.Add(new ImportError(row.Line, "estimated_value", Messages.ValueTooLarge));
        return new ProspectDetails(company.Length == 0 ? null : company, ownerId, personaId, tags, value);
    }

    public async Task<ImportResult> ActivitiesAsync(TextReader file, ImportOptions options, CancellationToken cancellationToken = default)
    {
        if (!await db.CanEditAsync(options.ActorId, cancellationToken))
            return new ImportResult(0, [new ImportError(0, "", Messages.ViewerCannotEdit)], Written: false);
        ImportProgressCounter.Start(options.Progress, ImportStep.Reading);
        var (rows, errors) = CsvRows.Read(file, ActivityColumns, ActivityRequired, options.Columns);
        var channels = await ChannelsAsync(cancellationToken);
        var refs = await RefsAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var activities = new List<(Activity Activity, string? Channel)>();
        var checking = ImportProgressCounter.Start(options.Progress, ImportStep.Checking, rows.Count);
        foreach (var row in checking.Counting(rows))
        {
            var before = errors.Count;
            var prospectId = ImportCells.Prospect(row, refs, errors);
            var occurredAt = ImportCells.Time(row, "occurred_at", clock, errors);
            var channel = ImportCells.Channel(row, "channel", channels, options, errors, required: false);
            if (!ImportValues.TryEnum<ActivityKind>(row["kind"], out var kind))
                errors.Add(new ImportError(row.Line, "kind", Messages.ImportKindInvalid));
            var direction = Direction.Inbound;
            if (row["direction"].Length > 0 && !ImportValues.TryEnum(row["direction"], out direction))
                errors.Add(new ImportError(row.Line, "direction", Messages.ImportDirectionInvalid));
            if (!ActivityInput.TryParseDuration(row["duration_minutes"], out var minutes) || minutes > ActivityInputValidator.MaxDurationMinutes)
                errors.Add(new ImportError(row.Line, "duration_minutes", Messages.DurationInvalid(ActivityInputValidator.MaxDurationMinutes)));
            if (row["summary"].Length > Limits.Summary)
                errors.Add(new ImportError(row.Line, "summary", Messages.TooLong(Limits.Summary)));
            if (errors.Count > before)
                continue;
            activities.Add((new Activity
            {
                ProspectId = prospectId,
                Kind = kind,
                Direction = direction,
                OccurredAt = occurredAt,
                DurationMinutes = minutes,
                Summary = row["summary"],
                CreatedAt = now,
                UpdatedAt = now,
            }, channel));
        }
        if (errors.Count > 0 || options.DryRun)
            return new ImportResult(rows.Count, errors, Written: false);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await CreateChannelsAsync(channels, activities.Select(a => a.Channel).OfType<string>(), cancellationToken);
        var channelIds = (await ChannelsAsync(cancellationToken)).ToDictionary(c => c.Key, c => c.Value.Id, CatalogueName.Comparer);
        var batch = await BeginAsync(ImportSource.Activities, options, rows.Count, activities.Count, cancellationToken);
        var nextId = (await db.Activities.MaxAsync(a => (int?)a.Id, cancellationToken) ?? 0) + 1;
        foreach (var (activity, channel) in activities)
        {
            activity.Id = nextId++;
            activity.ChannelId = channel is null ? null : channelIds[channel];
            activity.ImportBatchId = batch.Id;
        }
        var writing = ImportProgressCounter.Start(options.Progress, ImportStep.Writing, activities.Count);
        await BulkWriter.InsertAsync(db, writing.Counting(activities.Select(a => a.Activity)), cancellationToken);
        ImportProgressCounter.Start(options.Progress, ImportStep.Saving);
        // The prospects' last activity follows their imported past: one statement, whatever the file's size.
        await db.Prospects
            .Where(p => db.Activities.Any(a => a.ProspectId == p.Id && a.OccurredAt > p.LastActivityAt))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.LastActivityAt, p => db.Activities.Where(a => a.ProspectId == p.Id).Max(a => a.OccurredAt)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportResult(rows.Count, [], Written: true) { Created = activities.Count, BatchId = batch.Id };
    }

    public async Task<ImportResult> SalesAsync(TextReader file, ImportOptions options, CancellationToken cancellationToken = default)
    {
        if (!await db.CanEditAsync(options.ActorId, cancellationToken))
            return new ImportResult(0, [new ImportError(0, "", Messages.ViewerCannotEdit)], Written: false);
        ImportProgressCounter.Start(options.Progress, ImportStep.Reading);
        var (rows, errors) = CsvRows.Read(file, SaleColumns, SaleRequired, options.Columns);
        var refs = await RefsAsync(cancellationToken);
        var sales = new List<Sale>();
        var checking = ImportProgressCounter.Start(options.Progress, ImportStep.Checking, rows.Count);
        foreach (var row in checking.Counting(rows))
        {
            var before = errors.Count;
            var prospectId = ImportCells.Prospect(row, refs, errors);
            var soldAt = ImportCells.Time(row, "sold_at", clock, errors);
            decimal amount = 0;
            // The same rules as a sale typed in the app.
            if (row["amount"].Length == 0)
                errors.Add(new ImportError(row.Line, "amount", Messages.ImportRequired));
            else if (!Amount.TryParse(row["amount"], out var parsed) || parsed is null)
                errors.Add(new ImportError(row.Line, "amount", Messages.AmountInvalid));
            else if (parsed <= 0)
                errors.Add(new ImportError(row.Line, "amount", Messages.SaleAmountPositive));
            else if (parsed >= ProspectInputValidator.MaxValue)
                errors.Add(new ImportError(row.Line, "amount", Messages.ValueTooLarge));
            else
                amount = parsed.Value;
            // Control characters are refused for every cell as the file is read.
            if (row["note"].Length > Limits.Name)
                errors.Add(new ImportError(row.Line, "note", Messages.TooLong(Limits.Name)));
            if (errors.Count > before)
                continue;
            sales.Add(new Sale { ProspectId = prospectId, Amount = amount, SoldAt = soldAt, Note = row["note"].Length == 0 ? null : row["note"], CreatedAt = clock.GetUtcNow().UtcDateTime });
        }
        if (errors.Count > 0 || options.DryRun)
            return new ImportResult(rows.Count, errors, Written: false);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var won = await db.Stages.AsNoTracking().FirstAsync(s => s.Outcome == StageOutcome.Won, cancellationToken);
        var batch = await BeginAsync(ImportSource.Sales, options, rows.Count, sales.Count, cancellationToken);
        var prospectIds = sales.Select(s => s.ProspectId).Distinct().ToList();
        var alreadySold = (await db.Sales.Where(s => prospectIds.Contains(s.ProspectId)).Select(s => s.ProspectId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var nextSale = (await db.Sales.MaxAsync(s => (int?)s.Id, cancellationToken) ?? 0) + 1;
        foreach (var sale in sales)
            (sale.Id, sale.ImportBatchId) = (nextSale++, batch.Id);
        var writing = ImportProgressCounter.Start(options.Progress, ImportStep.Writing, sales.Count);
        await BulkWriter.InsertAsync(db, writing.Counting(sales), cancellationToken);
        ImportProgressCounter.Start(options.Progress, ImportStep.Saving);
        // A prospect's first sale is its conversion: it moves to the won stage as of that date.
        var firsts = sales.Where(s => !alreadySold.Contains(s.ProspectId)).GroupBy(s => s.ProspectId).Select(g => g.MinBy(s => s.SoldAt)!).ToList();
        var converting = firsts.Select(s => s.ProspectId).ToList();
        var prospects = await db.Prospects.Where(p => converting.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var first in firsts)
        {
            var prospect = prospects[first.ProspectId];
            if (prospect.StageId != won.Id)
                db.StageChanges.Add(new StageChange { ProspectId = prospect.Id, FromStageId = prospect.StageId, ToStageId = won.Id, ChangedAt = first.SoldAt, ImportBatchId = batch.Id });
            (prospect.StageId, prospect.StageChangedAt) = (won.Id, first.SoldAt);
            prospect.Version++;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportResult(rows.Count, [], Written: true) { Created = sales.Count, BatchId = batch.Id };
    }

    private Task<ImportBatch> BeginAsync(ImportSource source, ImportOptions options, int rows, int created, CancellationToken cancellationToken) =>
        PastImports.BeginAsync(db, clock, source, options.FileName ?? source.ToString().ToLowerInvariant(), options.FileName, options.ActorId, rows, created, cancellationToken);

    private Task<Dictionary<string, Channel>> ChannelsAsync(CancellationToken cancellationToken) => ImportChannels.LoadAsync(db, cancellationToken);

    private async Task<Dictionary<string, int>> RefsAsync(CancellationToken cancellationToken) =>
        await db.Prospects.AsNoTracking().Where(p => p.ExternalRef != null).ToDictionaryAsync(p => p.ExternalRef!, p => p.Id, StringComparer.Ordinal, cancellationToken);

    private Task CreateChannelsAsync(Dictionary<string, Channel> known, IEnumerable<string> used, CancellationToken cancellationToken) =>
        ImportChannels.CreateMissingAsync(db, known, used, cancellationToken);
}
