using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Activities;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Users;

namespace SocialKpi.TimeSpent;

public sealed record TimeEntryRow(int Id, DateOnly Date, string Channel, int Minutes, string? Note);

/// <summary>
/// Time spent on channels besides conversations (their durations count too): the other half of
/// "is the time worth it". Entered by hand or with the timer; the hourly rate prices it.
/// </summary>
public sealed class TimeEntries(SocialKpiDbContext db, IValidator<TimeEntryInput> validator, TimeProvider clock)
{
    public async Task<SaveResult> AddAsync(TimeEntryInput input, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanEditAsync(actorId, cancellationToken))
            return Permissions.Refused();
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
            return SaveResult.Failed(validation.Errors);
        if (!await db.Channels.AnyAsync(c => c.Id == input.ChannelId, cancellationToken))
            return SaveResult.Failed(nameof(input.ChannelId), Messages.ChannelUnknown);
        ActivityInput.TryParseDate(input.Date, out var date);
        ActivityInput.TryParseDuration(input.Minutes, out var minutes);
        var entry = new TimeEntry
        {
            ChannelId = input.ChannelId,
            Date = date,
            Minutes = minutes,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            CreatedById = actorId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.TimeEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(entry.Id);
    }

    /// <summary>The timer's stop: the minutes between start and now, rounded up, on the start's day.</summary>
    public Task<SaveResult> AddTimedAsync(int channelId, DateTimeOffset startedAt, string? note, string? actorId = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var minutes = Math.Max(1, (int)Math.Ceiling((now - startedAt).TotalMinutes));
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(startedAt, clock.LocalTimeZone).DateTime);
        return AddAsync(new TimeEntryInput
        {
            ChannelId = channelId,
            Date = day.ToString(Days.Format, CultureInfo.InvariantCulture),
            Minutes = Math.Min(minutes, TimeEntryInput.MaxMinutes).ToString(CultureInfo.InvariantCulture),
            Note = note,
        }, actorId, cancellationToken);
    }

    public async Task<SaveResult> DeleteAsync(int id, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanEditAsync(actorId, cancellationToken))
            return Permissions.Refused();
        return await db.TimeEntries.Where(t => t.Id == id).ExecuteDeleteAsync(cancellationToken) > 0
            ? SaveResult.Done
            : SaveResult.Failed("", Messages.TimeEntryNotFound);
    }

    /// <summary>Entries of the local days [from, to), newest first.</summary>
    public async Task<IReadOnlyList<TimeEntryRow>> ListAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        await db.TimeEntries.AsNoTracking()
            .Where(t => t.Date >= from && t.Date < to)
            .OrderByDescending(t => t.Date).ThenByDescending(t => t.Id)
            .Select(t => new TimeEntryRow(t.Id, t.Date, t.Channel!.Name, t.Minutes, t.Note))
            .ToListAsync(cancellationToken);
}
