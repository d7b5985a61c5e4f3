using Microsoft.EntityFrameworkCore;
using SocialKpi.Common;
using SocialKpi.Data;

namespace SocialKpi.Activities;

public sealed record FollowUp(int ActivityId, int ProspectId, string ProspectName, string NextStep, DateOnly Due, ActivityKind Kind, string? Channel);

public sealed record FollowUpList(IReadOnlyList<FollowUp> Items, int Total);

public sealed record FollowUpBoard(DateOnly Today, FollowUpList Overdue, FollowUpList DueToday, FollowUpList NextSevenDays);

public enum FollowUpGroup
{
    Overdue,
    DueToday,
    NextSevenDays,
}

/// <summary>Open next steps: overdue, due today, and due in the next seven days.</summary>
public sealed class FollowUps(SocialKpiDbContext db, TimeProvider clock)
{
    public async Task<FollowUpBoard> ForAsync(string? ownerId, int limit = 50, CancellationToken cancellationToken = default)
    {
        return new FollowUpBoard(
            clock.Today(),
            await GroupAsync(ownerId, FollowUpGroup.Overdue, 0, limit, cancellationToken),
            await GroupAsync(ownerId, FollowUpGroup.DueToday, 0, limit, cancellationToken),
            await GroupAsync(ownerId, FollowUpGroup.NextSevenDays, 0, limit, cancellationToken));
    }

    /// <summary>A prospect's open next steps, soonest first.</summary>
    public async Task<IReadOnlyList<FollowUp>> ForProspectAsync(int prospectId, CancellationToken cancellationToken = default) =>
        await db.Activities.AsNoTracking()
            .Where(a => a.ProspectId == prospectId && a.NextStepDue != null && a.NextStepDoneAt == null)
            .OrderBy(a => a.NextStepDue).ThenBy(a => a.Id)
            .Join(db.Prospects, a => a.ProspectId, p => p.Id, (a, p) => new FollowUp(
                a.Id, p.Id, p.Name, a.NextStep ?? "", a.NextStepDue!.Value, a.Kind, a.Channel == null ? null : a.Channel.Name))
            .ToListAsync(cancellationToken);

    /// <summary>One group, a page at a time: a busy week can hold more than a page should show.</summary>
    public async Task<FollowUpList> GroupAsync(string? ownerId, FollowUpGroup group, int skip, int take, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var open = db.Activities.AsNoTracking().Where(a => a.NextStepDue != null && a.NextStepDoneAt == null);
        if (ownerId is not null)
            open = open.Where(a => db.Prospects.Any(p => p.Id == a.ProspectId && p.OwnerId == ownerId));
        var activities = group switch
        {
            FollowUpGroup.Overdue => open.Where(a => a.NextStepDue < today),
            FollowUpGroup.DueToday => open.Where(a => a.NextStepDue == today),
            _ => open.Where(a => a.NextStepDue > today && a.NextStepDue <= today.AddDays(7)),
        };

        var total = await activities.CountAsync(cancellationToken);
        var items = await activities
            .OrderBy(a => a.NextStepDue).ThenBy(a => a.Id)
            .Skip(skip)
            .Take(take)
            .Join(db.Prospects, a => a.ProspectId, p => p.Id, (a, p) => new FollowUp(
                a.Id, p.Id, p.Name, a.NextStep ?? "", a.NextStepDue!.Value, a.Kind, a.Channel == null ? null : a.Channel.Name))
            .ToListAsync(cancellationToken);
        return new FollowUpList(items, total);
    }
}
