using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Channels;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Pipeline;
using SocialKpi.Prospects;
using SocialKpi.Users;

namespace SocialKpi.Importing;

/// <summary>One person of a network's export, as read.</summary>
public sealed record NetworkContact(int Line, string Name, string Handle, string? Email, string? Company, string? Position, DateTime CreatedAt);

/// <summary>A person of the file left out, and why (line or entry number, 1-based).</summary>
public sealed record NetworkRefusal(int Line, string Reason);

/// <summary>What an import of a network's export did: people added, people already known, people refused.</summary>
public sealed record NetworkImportResult(int Added, int Known, IReadOnlyList<NetworkRefusal> Refused, bool Written)
{
    /// <summary>The file itself could not be read: nothing was considered.</summary>
    public string? FileError { get; init; }

    /// <summary>The import as recorded, to revert it; null when nothing was written.</summary>
    public int? BatchId { get; init; }
}

/// <summary>
/// The exports people already have: LinkedIn's "Connections.csv" and Instagram's followers list
/// (product.md, Data in and out). Unlike a spreadsheet of one's own, these files hold people one
/// cannot fix by hand: a person the file describes badly is refused with the reason, the others come
/// in. A person already in the workspace (same handle on that network, else same e-mail) is left as
/// it is, so importing the same file again adds nothing.
/// </summary>
public sealed class NetworkImporter(SocialKpiDbContext db, TimeProvider clock)
{
    public static readonly string[] LinkedInColumns = ["first name", "last name", "url", "email address", "company", "position", "connected on"];

    public Task<NetworkImportResult> LinkedInAsync(string text, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (contacts, refused, fileError) = ReadLinkedIn(text, clock);
        return fileError is not null
            ? Task.FromResult(new NetworkImportResult(0, 0, [], false) { FileError = fileError })
            : AddAsync(ImportSource.LinkedIn, contacts, refused, options ?? new ImportOptions(), cancellationToken);
    }

    public Task<NetworkImportResult> InstagramAsync(string json, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (contacts, refused, fileError) = ReadInstagram(json, clock);
        return fileError is not null
            ? Task.FromResult(new NetworkImportResult(0, 0, [], false) { FileError = fileError })
            : AddAsync(ImportSource.Instagram, contacts, refused, options ?? new ImportOptions(), cancellationToken);
    }

    /// <summary>
    /// LinkedIn's file opens with notes (a "Notes:" line, a quoted paragraph, an empty line) before
    /// its header; the header is found by its first two columns, and line numbers stay the file's.
    /// </summary>
    internal static (List<NetworkContact>, List<NetworkRefusal>, string?) ReadLinkedIn(string text, TimeProvider clock)
    {
        var lines = text.Split('\n');
        var headerIndex = LinkedInHeaderIndex(lines);
        if (headerIndex < 0)
            return ([], [], Messages.NetworkNoLinkedInHeader);
        var (rows, errors) = CsvRows.Read(new StringReader(string.Join('\n', lines[headerIndex..])), LinkedInColumns, ["first name", "last name", "url"]);
        if (rows.Count == 0 && errors.Count > 0 && errors[0].Line <= 1)
            return ([], [], errors[0].Message);
        var contacts = new List<NetworkContact>();
        var refused = errors.Select(e => new NetworkRefusal(e.Line + headerIndex, e.Message)).ToList();
        var refusedLines = refused.Select(r => r.Line).ToHashSet();
        foreach (var row in rows)
        {
            var line = row.Line + headerIndex;
            if (refusedLines.Contains(line))
                continue;
            var name = $"{row["first name"]} {row["last name"]}".Trim();
            var handle = ContactNormalizer.Handle(LinkedInSlug(row["url"]));
            var email = ContactNormalizer.Email(row["email address"]);
            var dated = TryLinkedInDate(row["connected on"], clock, out var createdAt);
            string? reason = name.Length == 0 ? Messages.NetworkNoName
                : name.Length > Limits.Name ? Messages.TooLong(Limits.Name)
                : !ContactNormalizer.IsValidHandle(handle) ? Messages.NetworkNoProfile
                : email is not null && !ContactNormalizer.IsValidEmail(email) ? Messages.EmailInvalid
                : !dated ? Messages.NetworkDateInvalid(row["connected on"])
                : null;
            if (reason is not null)
            {
                refused.Add(new NetworkRefusal(line, reason));
                continue;
            }
            contacts.Add(new NetworkContact(line, name, handle!, email, Optional(row["company"], Limits.Name), Optional(row["position"], Limits.Name), createdAt));
        }
        return (contacts, refused, null);
    }

    private static int LinkedInHeaderIndex(string[] lines) =>
        Array.FindIndex(lines, l => l.TrimStart('\uFEFF', ' ', '"').StartsWith("First Name,Last Name", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Which network's export a file is, if it is one: Instagram's is JSON, LinkedIn's is a CSV with
    /// its own header after some notes. The wizard uses it to skip the column matching those files need not.
    /// </summary>
    public static ImportSource? Recognise(string text)
    {
        var start = text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (start.StartsWith('[') || start.StartsWith('{'))
            return ImportSource.Instagram;
        return LinkedInHeaderIndex(text.Split('\n', 20)) >= 0 ? ImportSource.LinkedIn : null;
    }

    /// <summary>
    /// "https://www.linkedin.com/in/lea-martin-4b2a1/?trk=…" → "lea-martin-4b2a1". A slug with
    /// accents comes percent-escaped ("jean-fran%C3%A7ois"); handles are plain ASCII, so it is
    /// decoded and its accents dropped ("jean-francois"), the same way on every import.
    /// </summary>
    private static string LinkedInSlug(string url)
    {
        var path = url.Split('?', '#')[0].TrimEnd('/');
        var index = path.IndexOf("/in/", StringComparison.OrdinalIgnoreCase);
        var slug = Uri.UnescapeDataString(index >= 0 ? path[(index + 4)..].Split('/')[0] : "");
        var decomposed = slug.Normalize(System.Text.NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
    }

    /// <summary>"06 Nov 2024", in English whatever the user's language, at the workspace's local noon.</summary>
    private static bool TryLinkedInDate(string text, TimeProvider clock, out DateTime createdAt)
    {
        createdAt = default;
        if (!DateOnly.TryParseExact(text.Trim(), ["dd MMM yyyy", "d MMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !Days.IsPlausible(day) || day > clock.Today())
            return false;
        createdAt = clock.NoonOfLocalDayUtc(day);
        return true;
    }

    /// <summary>
    /// Instagram's followers list: an array of entries whose <c>string_list_data</c> holds
    /// <c>{href, value, timestamp}</c>; newer exports leave <c>value</c> out and put the name in
    /// <c>title</c>, with an href like <c>https://www.instagram.com/_u/name</c>.
    /// </summary>
    internal static (List<NetworkContact>, List<NetworkRefusal>, string?) ReadInstagram(string json, TimeProvider clock)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.TrimStart('\uFEFF'));
        }
        catch (JsonException)
        {
            return ([], [], Messages.NetworkNotInstagramJson);
        }
        using (document)
        {
            var root = document.RootElement;
            // Some exports wrap the list in an object ({"relationships_followers": [...]}).
            if (root.ValueKind == JsonValueKind.Object)
                root = root.EnumerateObject().Select(p => p.Value).FirstOrDefault(v => v.ValueKind == JsonValueKind.Array);
            if (root.ValueKind != JsonValueKind.Array)
                return ([], [], Messages.NetworkNotInstagramJson);
            var contacts = new List<NetworkContact>();
            var refused = new List<NetworkRefusal>();
            var number = 0;
            foreach (var entry in root.EnumerateArray())
            {
                number++;
                var data = entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("string_list_data", out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0
                    ? list[0]
                    : default;
                var title = entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                var value = Text(data, "value");
                var href = Text(data, "href");
                var handle = ContactNormalizer.Handle(!string.IsNullOrWhiteSpace(value) ? value : !string.IsNullOrWhiteSpace(title) ? title : href);
                if (!ContactNormalizer.IsValidHandle(handle))
                {
                    refused.Add(new NetworkRefusal(number, Messages.NetworkNoProfile));
                    continue;
                }
                var timestamp = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("timestamp", out var ts) && ts.TryGetInt64(out var seconds) ? seconds : (long?)null;
                var createdAt = timestamp is { } s && s > 0 ? DateTimeOffset.FromUnixTimeSeconds(s).UtcDateTime : clock.GetUtcNow().UtcDateTime;
                if (!Days.IsPlausible(createdAt) || createdAt > clock.GetUtcNow().UtcDateTime)
                {
                    refused.Add(new NetworkRefusal(number, Messages.NetworkDateInvalid(timestamp?.ToString(CultureInfo.InvariantCulture) ?? "")));
                    continue;
                }
                contacts.Add(new NetworkContact(number, handle!, handle!, null, null, null, createdAt));
            }
            return (contacts, refused, null);
        }

        static string? Text(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
    }

    /// <summary>A free-text cell as kept: trimmed, without bidi overrides, cut to the column's size; null when empty.</summary>
    private static string? Optional(string text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var clean = PlainText.WithoutBidiControls(text.Trim());
        return clean.Length > max ? clean[..max] : clean;
    }

    /// <param name="options">What of a spreadsheet's options applies here: dry run, the file's name, who imports, the tag.</param>
    private async Task<NetworkImportResult> AddAsync(ImportSource source, List<NetworkContact> contacts, List<NetworkRefusal> refused, ImportOptions options, CancellationToken cancellationToken)
    {
        if (!await db.CanEditAsync(options.ActorId, cancellationToken))
            return new NetworkImportResult(0, 0, [], false) { FileError = Messages.ViewerCannotEdit };
        var network = source.ToString();
        var channel = (await db.Channels.AsNoTracking().ToListAsync(cancellationToken)).FirstOrDefault(c => CatalogueName.Key(c.Name) == CatalogueName.Key(network));
        var knownHandles = channel is null
            ? new HashSet<string>(StringComparer.Ordinal)
            : (await db.ProspectHandles.AsNoTracking().Where(h => h.ChannelId == channel.Id).Select(h => h.Handle).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var emails = contacts.Where(c => c.Email is not null).Select(c => c.Email!).Distinct().ToList();
        var knownEmails = (await db.Prospects.AsNoTracking().Where(p => p.Email != null && emails.Contains(p.Email)).Select(p => p.Email!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        // Handle first, then e-mail (issue 12), within the file too: a person listed twice comes in once.
        var added = new List<NetworkContact>();
        var known = 0;
        foreach (var contact in contacts)
        {
            if (knownHandles.Contains(contact.Handle) || (contact.Email is not null && knownEmails.Contains(contact.Email)))
            {
                known++;
                continue;
            }
            knownHandles.Add(contact.Handle);
            if (contact.Email is not null)
                knownEmails.Add(contact.Email);
            added.Add(contact);
        }
        if (options.DryRun || added.Count == 0)
            return new NetworkImportResult(added.Count, known, refused, Written: false);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (channel is null)
        {
            channel = new Channel { Name = network, Kind = ChannelKind.Social };
            db.Channels.Add(channel);
            await db.SaveChangesAsync(cancellationToken);
        }
        var firstStage = await db.Stages.AsNoTracking().Where(s => s.Outcome == StageOutcome.Open).OrderBy(s => s.Position).FirstAsync(cancellationToken);
        var batch = await PastImports.BeginAsync(db, clock, source, options.Tag ?? options.FileName ?? network, options.FileName, options.ActorId, contacts.Count + refused.Count, added.Count, cancellationToken);
        batch.Skipped = known;
        var prospects = added.Select(contact => (new Prospect
        {
            Name = PlainText.WithoutBidiControls(contact.Name),
            NameNormalized = ContactNormalizer.ForSearch(contact.Name),
            Email = contact.Email,
            Company = contact.Company,
            // Prospects have no job title field; the notes keep it where the prospect page shows it.
            Notes = contact.Position is null ? null : Messages.NetworkPositionNote(contact.Position),
            SourceChannelId = channel.Id,
            StageId = firstStage.Id,
            // Followers and connections are met online; where they live is not in the file.
            Ring = PerimeterRing.OnlineOnly,
            CreatedAt = contact.CreatedAt,
            UpdatedAt = contact.CreatedAt,
            StageChangedAt = contact.CreatedAt,
            LastActivityAt = contact.CreatedAt,
            ImportBatchId = batch.Id,
        }, (string?)contact.Handle)).ToList();
        await ImportedProspects.WriteAsync(db, prospects, writing: null, cancellationToken);
        if (options.Tag is { } tag)
            await BulkWriter.InsertAsync(db, prospects.Select(p => new ProspectTag { ProspectId = p.Item1.Id, Name = ImportTags.From(tag, network) }), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new NetworkImportResult(added.Count, known, refused, Written: true) { BatchId = batch.Id };
    }
}
