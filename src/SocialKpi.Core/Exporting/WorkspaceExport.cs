using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Importing;
using SocialKpi.Prospects;

namespace SocialKpi.Exporting;

/// <summary>
/// The workspace's prospects, activities and sales as CSV files with the columns and header names of
/// the matching imports, so that an export imports back unchanged (docs/cli.md, "export"). Rows are
/// streamed in id order: 100,000 prospects never sit in memory as entities.
/// </summary>
public sealed class WorkspaceExport(SocialKpiDbContext db, ProspectSearch search, TimeProvider clock)
{
    /// <summary>The prospects the filter keeps (all of them without one), one row each.</summary>
    public async Task<int> ProspectsAsync(TextWriter csv, ProspectQuery? filter = null, CancellationToken cancellationToken = default)
    {
        var prospects = filter is null ? db.Prospects.AsNoTracking() : search.Matching(filter);
        // Tags and handles are read once for the whole workspace: a subquery per row would cost more.
        var tags = (await db.ProspectTags.AsNoTracking().Select(t => new { t.ProspectId, t.Name }).ToListAsync(cancellationToken))
            .ToLookup(t => t.ProspectId, t => t.Name);
        var handles = (await db.ProspectHandles.AsNoTracking().Select(h => new { h.ProspectId, h.ChannelId, h.Handle }).ToListAsync(cancellationToken))
            .ToDictionary(h => (h.ProspectId, h.ChannelId), h => h.Handle);
        await csv.WriteLineAsync(string.Join(',', HistoryImporter.ProspectColumns));
        var rows = prospects.OrderBy(p => p.Id).Select(p => new
        {
            p.Id,
            p.ExternalRef,
            p.Name,
            p.Email,
            p.Phone,
            p.SourceChannelId,
            Channel = p.SourceChannel!.Name,
            p.CreatedAt,
            p.Ring,
            Stage = p.Stage!.Name,
            p.Company,
            Owner = p.Owner == null ? null : p.Owner.Email,
            Persona = p.Persona == null ? null : p.Persona.Name,
            p.EstimatedValue,
        }).AsAsyncEnumerable();
        var count = 0;
        await foreach (var p in rows.WithCancellation(cancellationToken))
        {
            await csv.WriteLineAsync(Row(
                CsvText.Cell(p.ExternalRef ?? RefOf(p.Id)), CsvText.Cell(p.Name), CsvText.Cell(p.Email), CsvText.Cell(p.Phone),
                CsvText.Cell(handles.GetValueOrDefault((p.Id, p.SourceChannelId))), CsvText.Cell(p.Channel), Time(p.CreatedAt),
                CsvText.Name(p.Ring), CsvText.Cell(p.Stage), CsvText.Cell(p.Company), CsvText.Cell(p.Owner), CsvText.Cell(p.Persona),
                CsvText.Cell(string.Join(", ", tags[p.Id].Order(StringComparer.Ordinal))), Money(p.EstimatedValue)));
            count++;
        }
        return count;
    }

    public async Task<int> ActivitiesAsync(TextWriter csv, CancellationToken cancellationToken = default)
    {
        var refs = await RefsAsync(cancellationToken);
        await csv.WriteLineAsync(string.Join(',', HistoryImporter.ActivityColumns));
        var rows = db.Activities.AsNoTracking().OrderBy(a => a.Id).Select(a => new
        {
            a.ProspectId,
            a.OccurredAt,
            Channel = a.Channel == null ? null : a.Channel.Name,
            a.Kind,
            a.Direction,
            a.DurationMinutes,
            a.Summary,
        }).AsAsyncEnumerable();
        var count = 0;
        await foreach (var a in rows.WithCancellation(cancellationToken))
        {
            await csv.WriteLineAsync(Row(
                CsvText.Cell(refs.GetValueOrDefault(a.ProspectId) ?? RefOf(a.ProspectId)), Time(a.OccurredAt), CsvText.Cell(a.Channel), CsvText.Name(a.Kind),
                CsvText.Name(a.Direction), a.DurationMinutes.ToString(CultureInfo.InvariantCulture), CsvText.Cell(a.Summary)));
            count++;
        }
        return count;
    }

    public async Task<int> SalesAsync(TextWriter csv, CancellationToken cancellationToken = default)
    {
        var refs = await RefsAsync(cancellationToken);
        await csv.WriteLineAsync(string.Join(',', HistoryImporter.SaleColumns));
        var rows = db.Sales.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => new { s.ProspectId, s.SoldAt, s.Amount, s.Note })
            .AsAsyncEnumerable();
        var count = 0;
        await foreach (var s in rows.WithCancellation(cancellationToken))
        {
            await csv.WriteLineAsync(Row(CsvText.Cell(refs.GetValueOrDefault(s.ProspectId) ?? RefOf(s.ProspectId)), Time(s.SoldAt), Money(s.Amount), CsvText.Cell(s.Note)));
            count++;
        }
        return count;
    }

    /// <summary>
    /// The ref of a prospect typed in the app, which has none of its own. It is written the same way
    /// in all three files, so that activities and sales find their prospect when imported back.
    /// </summary>
    public static string RefOf(int prospectId) => "#" + prospectId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The refs prospects were imported with; the others get <see cref="RefOf"/>.</summary>
    private async Task<Dictionary<int, string>> RefsAsync(CancellationToken cancellationToken) =>
        await db.Prospects.AsNoTracking().Where(p => p.ExternalRef != null).ToDictionaryAsync(p => p.Id, p => p.ExternalRef!, cancellationToken);

    private static string Row(params string[] cells) => string.Join(',', cells);

    /// <summary>The workspace's local time with its offset: readable, and exact whatever the summer time.</summary>
    private string Time(DateTime utc)
    {
        var zone = clock.LocalTimeZone;
        var local = new DateTimeOffset(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone), zone.GetUtcOffset(utc));
        return local.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
    }

    private static string Money(decimal? amount) => amount?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}
