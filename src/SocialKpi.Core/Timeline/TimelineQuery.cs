using Microsoft.EntityFrameworkCore;
using SocialKpi.Activities;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Prospects;

namespace SocialKpi.Timeline;

/// <summary>
/// A prospect's history, newest first, merged from its activities, stage changes, sales, consents
/// and activity edits. Each source gives at most the entries the page can need, so a page costs a
/// few indexed reads whatever the prospect's age.
/// </summary>
public sealed class TimelineQuery(SocialKpiDbContext db, TimeProvider clock)
{
    public const int PageSize = 20;

    private IQueryable<TimelineEntry> ActivityEntries(IQueryable<Activity> activities) =>
        activities.Select(a => new TimelineEntry(TimelineEntryKind.Activity, a.OccurredAt, db.Users.Where(u => u.Id == a.CreatedById).Select(u => u.DisplayName).FirstOrDefault())
        {
            SourceId = a.Id,
            ActivityId = a.Id,
            ActivityKind = a.Kind,
            Direction = a.Direction,
            Channel = a.Channel == null ? null : a.Channel.Name,
            DurationMinutes = a.DurationMinutes,
            Summary = a.Summary,
            NextStep = a.NextStep,
            NextStepDue = a.NextStepDue,
            NextStepDone = a.NextStepDoneAt != null,
        });

    public async Task<TimelinePage> ForProspectAsync(int prospectId, int page = 1, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        var needed = page * PageSize + 1;
        var users = db.Users.AsNoTracking();

        var activities = await ActivityEntries(db.Activities.AsNoTracking()
                .Where(a => a.ProspectId == prospectId)
                .OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id).Take(needed))
            .ToListAsync(cancellationToken);

        var stageChanges = await db.StageChanges.AsNoTracking()
            .Where(c => c.ProspectId == prospectId)
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id).Take(needed)
            .Select(c => new TimelineEntry(TimelineEntryKind.StageChange, c.ChangedAt, users.Where(u => u.Id == c.ChangedById).Select(u => u.DisplayName).FirstOrDefault())
            {
                SourceId = c.Id,
                FromStage = db.Stages.Where(s => s.Id == c.FromStageId).Select(s => s.Name).FirstOrDefault(),
                ToStage = db.Stages.Where(s => s.Id == c.ToStageId).Select(s => s.Name).FirstOrDefault(),
                LossReason = db.LossReasons.Where(r => r.Id == c.LossReasonId).Select(r => r.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var saleRows = await db.Sales.AsNoTracking()
            .Where(s => s.ProspectId == prospectId)
            .OrderByDescending(s => s.SoldAt).ThenByDescending(s => s.Id).Take(needed)
            .Select(s => new { s.Id, s.SoldAt, s.CreatedAt, s.Amount, s.Note, Author = users.Where(u => u.Id == s.CreatedById).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var sales = saleRows.Select(s => new TimelineEntry(TimelineEntryKind.Sale, SaleMoment(s.SoldAt, s.CreatedAt), s.Author) { SourceId = s.Id, Amount = s.Amount, Summary = s.Note });

        var consents = await db.Consents.AsNoTracking()
            .Where(c => c.ProspectId == prospectId)
            .OrderByDescending(c => c.RecordedAt).Take(needed)
            .Select(c => new { c.Id, c.Purpose, c.Basis, c.Evidence, c.RecordedAt, c.WithdrawnAt, Author = users.Where(u => u.Id == c.RecordedById).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var consentEntries = consents.SelectMany(c =>
        {
            var given = new TimelineEntry(TimelineEntryKind.ConsentGiven, c.RecordedAt, c.Author) { SourceId = c.Id, Purpose = c.Purpose, Basis = c.Basis, Summary = c.Evidence, ConsentId = c.Id };
            return c.WithdrawnAt is { } withdrawn
                ? [given, new TimelineEntry(TimelineEntryKind.ConsentWithdrawn, withdrawn, null) { SourceId = c.Id, Purpose = c.Purpose, Basis = c.Basis, ConsentId = c.Id }]
                : new[] { given };
        });

        var events = await db.ProspectEvents.AsNoTracking()
            .Where(e => e.ProspectId == prospectId)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(needed)
            .Select(e => new { e.Id, e.Kind, e.At, e.Before, Author = users.Where(u => u.Id == e.ActorId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var eventEntries = events.Select(e => new TimelineEntry(
            e.Kind == ProspectEventKind.ActivityEdited ? TimelineEntryKind.ActivityEdited : TimelineEntryKind.ActivityDeleted, e.At, e.Author)
        {
            SourceId = e.Id,
            Before = ActivitySnapshot.FromJson(e.Before),
        });

        var merged = activities.Concat(stageChanges).Concat(sales).Concat(consentEntries).Concat(eventEntries)
            .OrderByDescending(e => e.At)
            .ToList();
        var entries = merged.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        return new TimelinePage(entries, page, merged.Count > page * PageSize);
    }

    /// <summary>
    /// A sale has a day, stored as its local noon. Entered on that same day, it sits where it was
    /// entered (a sale made this afternoon is above this morning's entries and the prospect's
    /// creation); entered later for a past day, it sits at that day's noon.
    /// </summary>
    private DateTime SaleMoment(DateTime soldAt, DateTime recordedAt) =>
        clock.LocalDate(soldAt) == clock.LocalDate(recordedAt) ? recordedAt : soldAt;
}
