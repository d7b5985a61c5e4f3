using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Users;

namespace SocialKpi.Auditing;

public sealed record AuditQuery
{
    public const int PageSize = 50;

    public string? UserId { get; init; }
    public AuditAction? Action { get; init; }
    public int? ProspectId { get; init; }

    /// <summary>Days in the workspace's time zone, from included, to excluded.</summary>
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Page { get; init; } = 1;
    public int Size { get; init; } = PageSize;
}

public sealed record AuditLine(long Id, DateTime At, string? UserId, string? UserName, AuditAction Action, int? ProspectId, string? Detail, string? Address);

public sealed record AuditLines(IReadOnlyList<AuditLine> Lines, int Total);

/// <summary>How long the audit log keeps entries: a year unless configured (SocialKpi:AuditRetentionDays).</summary>
public sealed record AuditRetention(int Days = 365);

/// <summary>Writing and reading the audit log. Owners read it; nobody edits it.</summary>
public sealed class AuditTrail(SocialKpiDbContext db, TimeProvider clock, AuditRetention retention)
{
    /// <summary>Records an entry on its own, for what changes nothing else (a view, a sign-in, an export).</summary>
    public async Task RecordAsync(AuditAction action, string? userId, int? prospectId = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        db.Audit(clock, action, userId, prospectId, detail);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The entries the filters keep, newest first; null when the reader is not an owner.</summary>
    public async Task<AuditLines?> ListAsync(AuditQuery query, string? readerId, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(readerId, cancellationToken))
            return null;
        var entries = Filter(query);
        var total = await entries.CountAsync(cancellationToken);
        var size = Math.Clamp(query.Size, 1, 200);
        var lines = await Project(entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Skip((Math.Max(1, query.Page) - 1) * size).Take(size))
            .ToListAsync(cancellationToken);
        return new AuditLines(lines, total);
    }

    /// <summary>The filtered log as CSV for owners (UTF-8 text, to be written with a BOM); null for anyone else.</summary>
    public async Task<string?> CsvAsync(AuditQuery query, string? readerId, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(readerId, cancellationToken))
            return null;
        var csv = new StringBuilder("at,user,action,prospect_id,detail,address\n");
        var zone = clock.LocalTimeZone;
        await foreach (var line in Project(Filter(query).OrderBy(e => e.At).ThenBy(e => e.Id)).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(line.At, zone);
            csv.Append(local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).Append(',')
                .Append(CsvText.Cell(line.UserName)).Append(',').Append(CsvText.Name(line.Action)).Append(',')
                .Append(line.ProspectId?.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(CsvText.Cell(line.Detail)).Append(',').Append(CsvText.Cell(line.Address)).Append('\n');
        }
        return csv.ToString();
    }

    /// <summary>Removes the entries older than the retention period; answers how many went.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-retention.Days);
        return await db.AuditEntries.Where(e => e.At < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    private IQueryable<AuditEntry> Filter(AuditQuery query)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(query.UserId))
            entries = entries.Where(e => e.UserId == query.UserId);
        if (query.Action is { } action)
            entries = entries.Where(e => e.Action == action);
        if (query.ProspectId is { } prospectId)
            entries = entries.Where(e => e.ProspectId == prospectId);
        if (query.From is { } from)
        {
            var fromUtc = clock.StartOfLocalDayUtc(from);
            entries = entries.Where(e => e.At >= fromUtc);
        }
        if (query.To is { } to)
        {
            var toUtc = clock.StartOfLocalDayUtc(to);
            entries = entries.Where(e => e.At < toUtc);
        }
        return entries;
    }

    private IQueryable<AuditLine> Project(IQueryable<AuditEntry> entries) =>
        entries.Select(e => new AuditLine(
            e.Id, e.At, e.UserId,
            db.Users.Where(u => u.Id == e.UserId).Select(u => u.DisplayName + " <" + u.Email + ">").FirstOrDefault(),
            e.Action, e.ProspectId, e.Detail, e.Address));
}

public static class AuditRecording
{
    /// <summary>
    /// Adds an entry to the context without saving: the caller's SaveChanges writes it with the
    /// change it describes, in one transaction, so the log never claims what did not happen.
    /// </summary>
    public static void Audit(this SocialKpiDbContext db, TimeProvider clock, AuditAction action, string? userId, int? prospectId = null, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = userId,
            Action = action,
            ProspectId = prospectId,
            Detail = detail is { Length: > AuditEntry.DetailLength } ? detail[..AuditEntry.DetailLength] : detail,
            Address = RequestOrigin.Address,
        });
}
