using Microsoft.EntityFrameworkCore;
using SocialKpi.Common;
using SocialKpi.Data;

namespace SocialKpi.Activities;

public sealed record FollowUp(int ActivityId, int ProspectId, string ProspectName, string NextStep, DateOnly Due, ActivityKind Kind, string? Channel);

public sealed record FollowUpList(IReadOnlyList<FollowUp> Items, int Total);

public sealed record FollowUpBoard(DateOnly Today, FollowUpList Overdue, FollowUpList DueToday, FollowUpList NextSevenDays);

/// <summary>Open next steps: overdue, due today, and due in the next seven days.</summary>
public sealed class FollowUps(SocialKpiDbContext db, TimeProvider clock)
{
    public async Task<FollowUpBoard> ForAsync(string? ownerId, int limit = 50, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var open = db.Activities.AsNoTracking().Where(a => a.NextStepDue != null && a.NextStepDoneAt == null);
        if (ownerId is not null)
            open = open.Where(a => db.Prospects.Any(p => p.Id == a.ProspectId && p.OwnerId == ownerId));

        return new FollowUpBoard(
            today,
            await ListAsync(open.Where(a => a.NextStepDue < today), limit, cancellationToken),
            await ListAsync(open.Where(a => a.NextStepDue == today), limit, cancellationToken),
            await ListAsync(open.Where(a => a.NextStepDue > today && a.NextStepDue <= today.AddDays(7)), limit, cancellationToken));
    }

    private async Task<FollowUpList> ListAsync(IQueryable<Activity> activities, int limit, CancellationToken cancellationToken)
    {
        var total = await activities.CountAsync(cancellationToken);
        var items = await activities
            .OrderBy(a => a.NextStepDue).ThenBy(a => a.Id)
            .Take(limit)
            .Join(db.Prospects, a => a.ProspectId, p => p.Id, (a, p) => new FollowUp(
                a.Id, p.Id, p.Name, a.NextStep ?? "", a.NextStepDue!.Value, a.Kind, a.Channel == null ? null : a.Channel.Name))
            .ToListAsync(cancellationToken);
        return new FollowUpList(items, total);
    }
}
