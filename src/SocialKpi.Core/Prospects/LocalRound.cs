using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Activities;
using SocialKpi.Channels;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Pipeline;

namespace SocialKpi.Prospects;

/// <summary>A door to knock on: who, where, and the follow-up that is due there, if any.</summary>
public sealed record RoundStop(int Id, string Name, string? Company, string? City, string? Phone, string? DueStep, DateOnly? Due, int? DueActivityId);

/// <summary>What a visit gave, in one tap.</summary>
public enum VisitOutcome
{
    /// <summary>Interested: a follow-up in three days.</summary>
    Interested,
    NotInterested,

    /// <summary>Nobody answered: pass again in a week.</summary>
    NobodyHome,
}

/// <summary>
/// A door-to-door round ("snail" prospecting, product.md): the open prospects of one ring (and
/// town) not yet contacted or with a follow-up due, follow-ups first; a visit is logged in one tap
/// through <see cref="ActivityService"/>, so it counts like any conversation.
/// </summary>
public sealed class LocalRound(SocialKpiDbContext db, ActivityService activities, TimeProvider clock)
{
    /// <summary>A round a person can walk in an afternoon; the rest waits for the next one.</summary>
    public const int MaxStops = 100;

    public async Task<IReadOnlyList<RoundStop>> StopsAsync(PerimeterRing ring, string? city, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var prospects = db.Prospects.AsNoTracking()
            .Where(p => p.Ring == ring && p.Stage!.Outcome == StageOutcome.Open)
            .Where(p => (p.NextStepDue != null && p.NextStepDue <= today) || !db.Activities.Any(a => a.ProspectId == p.Id && a.Direction == Direction.Outbound));
        if (!string.IsNullOrWhiteSpace(city))
            prospects = prospects.Where(p => p.City == city);
        return await prospects
            // Due steps first, oldest first; then the rest town by town, whatever a later step says.
            .OrderBy(p => p.NextStepDue == null || p.NextStepDue > today)
            .ThenBy(p => p.NextStepDue <= today ? p.NextStepDue : null)
            .ThenBy(p => p.City)
            .ThenBy(p => p.NameNormalized)
            .Take(MaxStops)
            .Select(p => new RoundStop(
                p.Id, p.Name, p.Company, p.City, p.Phone,
                p.NextStepDue != null && p.NextStepDue <= today ? p.NextStep : null,
                p.NextStepDue != null && p.NextStepDue <= today ? p.NextStepDue : null,
                // The visit answers the step that is due; a step not yet due stays as it is.
                db.Activities.Where(a => a.ProspectId == p.Id && a.NextStepDue != null && a.NextStepDue <= today && a.NextStepDoneAt == null)
                    .OrderBy(a => a.NextStepDue).Select(a => (int?)a.Id).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The towns of a ring's prospects, to narrow a round down.</summary>
    public async Task<IReadOnlyList<string>> TownsAsync(PerimeterRing ring, CancellationToken cancellationToken = default) =>
        (await db.Prospects.AsNoTracking().Where(p => p.Ring == ring && p.City != null).Select(p => p.City!).Distinct().ToListAsync(cancellationToken))
            .Order(StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true)).ToList();

    /// <summary>The local channels a visit can be logged on, door-to-door first.</summary>
    public async Task<IReadOnlyList<Channel>> ChannelsAsync(CancellationToken cancellationToken = default) =>
        (await db.Channels.AsNoTracking().Where(c => c.Kind == ChannelKind.Local && !c.IsArchived).ToListAsync(cancellationToken))
            .OrderBy(c => DefaultChannels.IsDoorToDoor(c.Name) ? 0 : 1).ThenBy(c => c.Name, StringComparer.CurrentCulture).ToList();

    public Task<Common.SaveResult> LogVisitAsync(RoundStop stop, VisitOutcome outcome, int channelId, string? actorId, CancellationToken cancellationToken = default)
    {
        var now = clock.LocalNow();
        var (summary, nextStep, inDays) = outcome switch
        {
            VisitOutcome.Interested => (Messages.VisitInterested, Messages.VisitFollowUp, 3),
            VisitOutcome.NotInterested => (Messages.VisitNotInterested, null, 0),
            _ => (Messages.VisitNobodyHome, Messages.VisitAgain, 7),
        };
        var input = new ActivityInput
        {
            Kind = ActivityKind.Visit,
            Direction = Direction.Outbound,
            ChannelId = channelId,
            OccurredAt = now.ToString(ActivityInput.TimeFormat, CultureInfo.InvariantCulture),
            DurationMinutes = "",
            Summary = summary,
            NextStep = nextStep,
            NextStepDue = nextStep is null ? null : DateOnly.FromDateTime(now).AddDays(inDays).ToString(ActivityInput.DateFormat, CultureInfo.InvariantCulture),
        };
        return activities.LogAsync(stop.Id, input, actorId, stop.DueActivityId, cancellationToken);
    }
}
