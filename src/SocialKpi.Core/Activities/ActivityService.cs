using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Users;
using SocialKpi.Privacy;
using SocialKpi.Prospects;

namespace SocialKpi.Activities;

/// <summary>
/// Logs, edits and deletes touches, and keeps what the prospect row summarises (last activity, the
/// earliest open next step) in step. Outbound e-mail, calls and SMS need a GDPR basis.
/// </summary>
public sealed class ActivityService(SocialKpiDbContext db, IValidator<ActivityInput> validator, ConsentService consents, TimeProvider clock)
{
    // A few minutes of slack: the form's "now" was filled when the page was rendered, on another clock.
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(10);

    // The form shows minutes; a touch logged "now" keeps the real time, so that it sorts after
    // everything that happened earlier in the same minute.
    private static readonly TimeSpan JustNow = TimeSpan.FromMinutes(2);

    /// <summary>A fresh form for a prospect: now, and the channel last used with them (else where we met).</summary>
    public async Task<ActivityInput> NewInputAsync(int prospectId, CancellationToken cancellationToken = default)
    {
        var lastChannel = await db.Activities.AsNoTracking()
            .Where(a => a.ProspectId == prospectId && a.ChannelId != null)
            .OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Select(a => a.ChannelId)
            .FirstOrDefaultAsync(cancellationToken);
        var channel = lastChannel ?? await db.Prospects.Where(p => p.Id == prospectId).Select(p => (int?)p.SourceChannelId).FirstOrDefaultAsync(cancellationToken);
        var now = TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, clock.LocalTimeZone);
        return new ActivityInput
        {
            Kind = ActivityKind.Dm,
            ChannelId = channel,
            OccurredAt = now.ToString(ActivityInput.TimeFormat, System.Globalization.CultureInfo.InvariantCulture),
            DurationMinutes = "0",
        };
    }

    public Task<Activity?> GetAsync(int id, CancellationToken cancellationToken = default) =>
        db.Activities.AsNoTracking().Include(a => a.Channel).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <param name="completesFollowUp">
    /// The activity whose next step this conversation answers ("done, and log it"): it is marked done
    /// in the same transaction, so a refused log leaves the follow-up open.
    /// </param>
    public async Task<SaveResult> LogAsync(int prospectId, ActivityInput input, string? actorId, int? completesFollowUp = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanEditAsync(actorId, cancellationToken))
            return Permissions.Refused();
        var (errors, values) = await ValidateAsync(prospectId, input, cancellationToken);
        if (errors.Count > 0)
            return SaveResult.Failed(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var activity = new Activity { ProspectId = prospectId, Summary = "", CreatedById = actorId, CreatedAt = now };
        Apply(values, activity, now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (completesFollowUp is { } followUpId
            && await db.Activities.FirstOrDefaultAsync(a => a.Id == followUpId && a.ProspectId == prospectId && a.NextStepDue != null, cancellationToken) is { } followUp)
        {
            followUp.NextStepDoneAt = now;
            followUp.UpdatedAt = now;
        }
        db.Activities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        await RefreshProspectAsync(prospectId, activity.OccurredAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SaveResult.Saved(activity.Id);
    }

    public async Task<SaveResult> UpdateAsync(int id, ActivityInput input, string? actorId, CancellationToken cancellationToken = default)
    {
        if (!await db.CanEditAsync(actorId, cancellationToken))
            return Permissions.Refused();
        var activity = await db.Activities.Include(a => a.Channel).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null)
            return SaveResult.Failed("", Messages.ActivityNotFound);
        var (errors, values) = await ValidateAsync(activity.ProspectId, input, cancellationToken);
        if (errors.Count > 0)
            return SaveResult.Failed(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ProspectEvents.Add(Event(activity, ProspectEventKind.ActivityEdited, actorId, now));
        Apply(values, activity, now);
        await db.SaveChangesAsync(cancellationToken);
        await RefreshProspectAsync(activity.ProspectId, activity.OccurredAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SaveResult.Saved(id);
    }

    public async Task<SaveResult> DeleteAsync(int id, string? actorId, CancellationToken cancellationToken = default)
    {
        if (!await db.CanEditAsync(actorId, cancellationToken))
            return Permissions.Refused();
        var activity = await db.Activities.Include(a => a.Channel).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null)
            return SaveResult.Failed("", Messages.ActivityNotFound);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ProspectEvents.Add(Event(activity, ProspectEventKind.ActivityDeleted, actorId, clock.GetUtcNow().UtcDateTime));
        db.Activities.Remove(activity);
        await db.SaveChangesAsync(cancellationToken);
        await RefreshProspectAsync(activity.ProspectId, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SaveResult.Saved(activity.ProspectId);
    }

    /// <summary>Marks a next step done; the follow-up leaves the lists.</summary>
    public Task<SaveResult> CompleteNextStepAsync(int id, string? actorId = null, CancellationToken cancellationToken = default) =>
        ChangeNextStepAsync(id, actorId, a => a.NextStepDoneAt = clock.GetUtcNow().UtcDateTime, cancellationToken);

    /// <summary>Moves a next step to a later day.</summary>
    public Task<SaveResult> SnoozeAsync(int id, DateOnly until, string? actorId = null, CancellationToken cancellationToken = default) =>
        ChangeNextStepAsync(id, actorId, a => a.NextStepDue = until, cancellationToken);

    private async Task<SaveResult> ChangeNextStepAsync(int id, string? actorId, Action<Activity> change, CancellationToken cancellationToken)
    {
        if (!await db.CanEditAsync(actorId, cancellationToken))
            return Permissions.Refused();
        var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == id && a.NextStepDue != null, cancellationToken);
        if (activity is null)
            return SaveResult.Failed("", Messages.ActivityNotFound);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        change(activity);
        activity.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await RefreshProspectAsync(activity.ProspectId, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SaveResult.Saved(activity.ProspectId);
    }

    private sealed record ParsedInput(ActivityInput Input, DateTime OccurredAtUtc, int Duration, DateOnly? Due);

    private async Task<(List<ValidationFailure> Errors, ParsedInput Values)> ValidateAsync(int prospectId, ActivityInput input, CancellationToken cancellationToken)
    {
        var errors = (await validator.ValidateAsync(input, cancellationToken)).Errors;
        ActivityInput.TryParseTime(input.OccurredAt, out var local);
        ActivityInput.TryParseDuration(input.DurationMinutes, out var duration);
        DateOnly? due = ActivityInput.TryParseDate(input.NextStepDue, out var parsedDue) && !string.IsNullOrWhiteSpace(input.NextStep) ? parsedDue : null;
        var occurredAt = errors.Any(e => e.PropertyName == nameof(input.OccurredAt))
            ? default
            : TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), clock.LocalTimeZone);
        var values = new ParsedInput(input, occurredAt, duration, due);
        if (errors.Count > 0)
            return (errors, values);

        var now = clock.GetUtcNow().UtcDateTime;
        if (occurredAt > now + FutureTolerance)
            errors.Add(new ValidationFailure(nameof(input.OccurredAt), Messages.OccurredInFuture));
        else if (occurredAt > now - JustNow)
            values = values with { OccurredAtUtc = now };
        var prospect = await db.Prospects.AsNoTracking().Where(p => p.Id == prospectId).Select(p => new { p.Name }).FirstOrDefaultAsync(cancellationToken);
        if (prospect is null)
            errors.Add(new ValidationFailure("", Messages.ProspectNotFound));
        if (input.ChannelId is { } channelId && !await db.Channels.AnyAsync(c => c.Id == channelId, cancellationToken))
            errors.Add(new ValidationFailure(nameof(input.ChannelId), Messages.ChannelUnknown));
        if (errors.Count == 0 && ConsentRules.PurposeOf(input.Kind!.Value, input.Direction) is { } purpose
            && !await consents.HasBasisAsync(prospectId, purpose, occurredAt, cancellationToken))
        {
            errors.Add(new ValidationFailure("", Messages.NoBasisForOutreach(prospect!.Name, PurposeName(purpose))));
        }
        return (errors, values);
    }

    private static string PurposeName(ConsentPurpose purpose) => purpose switch
    {
        ConsentPurpose.Email => Messages.Purpose_Email,
        ConsentPurpose.Phone => Messages.Purpose_Phone,
        _ => Messages.Purpose_Sms,
    };

    private static void Apply(ParsedInput values, Activity activity, DateTime now)
    {
        var input = values.Input;
        activity.Kind = input.Kind!.Value;
        activity.Direction = input.Direction;
        activity.ChannelId = input.ChannelId;
        activity.OccurredAt = values.OccurredAtUtc;
        activity.DurationMinutes = values.Duration;
        activity.Summary = input.Summary?.Trim() ?? "";
        activity.NextStep = values.Due is null ? null : input.NextStep!.Trim();
        if (activity.NextStepDue != values.Due)
            activity.NextStepDoneAt = null;
        activity.NextStepDue = values.Due;
        activity.UpdatedAt = now;
    }

    private static ProspectEvent Event(Activity activity, ProspectEventKind kind, string? actorId, DateTime now) => new()
    {
        ProspectId = activity.ProspectId,
        Kind = kind,
        At = now,
        ActorId = actorId,
        Before = new ActivitySnapshot(activity.Kind, activity.Direction, activity.Channel?.Name, activity.OccurredAt, activity.DurationMinutes, activity.Summary).ToJson(),
    };

    /// <summary>
    /// Updates the prospect's summary columns in SQL, without touching its version: logging a touch
    /// is not editing the prospect, and must not make someone else's move look stale.
    /// </summary>
    private async Task RefreshProspectAsync(int prospectId, DateTime? touchedAt, CancellationToken cancellationToken)
    {
        var next = await db.Activities.AsNoTracking()
            .Where(a => a.ProspectId == prospectId && a.NextStepDue != null && a.NextStepDoneAt == null)
            .OrderBy(a => a.NextStepDue).ThenBy(a => a.Id)
            .Select(a => new { a.NextStep, a.NextStepDue })
            .FirstOrDefaultAsync(cancellationToken);
        var prospects = db.Prospects.Where(p => p.Id == prospectId);
        using var _ = DataChangeJournal.Limit(db, prospectId);
        if (touchedAt is { } at)
        {
            await prospects.ExecuteUpdateAsync(s => s
                .SetProperty(p => p.NextStep, next == null ? null : next.NextStep)
                .SetProperty(p => p.NextStepDue, next == null ? null : next.NextStepDue)
                .SetProperty(p => p.LastActivityAt, p => p.LastActivityAt > at ? p.LastActivityAt : at), cancellationToken);
        }
        else
        {
            await prospects.ExecuteUpdateAsync(s => s
                .SetProperty(p => p.NextStep, next == null ? null : next.NextStep)
                .SetProperty(p => p.NextStepDue, next == null ? null : next.NextStepDue), cancellationToken);
        }
    }
}
