using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Activities;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Prospects;
using SocialKpi.Social;
using SocialKpi.TimeSpent;

namespace SocialKpi.Importing;

/// <summary>
/// Imports of what the user spends and gets on their own channels: account snapshots and time
/// entries. The same rules as the other imports: every bad cell listed with its line, nothing
/// written unless every row is valid, unknown channels refused unless --create-channels.
/// </summary>
public sealed class SocialImporter(SocialKpiDbContext db, TimeProvider clock)
{
    public static readonly string[] SnapshotColumns =
        ["channel", "handle", "date", "followers", "reach", "impressions", "likes", "comments", "shares", "saves", "mentions", "profile_visits", "link_clicks"];

    public static readonly string[] TimeColumns = ["channel", "date", "minutes", "note"];

    /// <summary>
    /// One row per account and day. An account (channel + handle) met for the first time is added;
    /// a day already recorded for that account is updated, so re-importing a file changes nothing.
    /// </summary>
    public async Task<ImportResult> SnapshotsAsync(TextReader file, ImportOptions options, CancellationToken cancellationToken = default)
    {
        var (rows, errors) = CsvRows.Read(file, SnapshotColumns, ["channel", "handle", "date", "followers"]);
        var channels = await ImportChannels.LoadAsync(db, cancellationToken);
        var snapshots = new Dictionary<(string Channel, string Handle, DateOnly Date), SnapshotInput>();
        foreach (var row in rows)
        {
            var before = errors.Count;
            var channel = ImportCells.Channel(row, "channel", channels, options, errors, required: true);
            var handle = ContactNormalizer.Handle(ImportCells.Required(row, "handle", errors));
            if (handle is not null && !ContactNormalizer.IsValidHandle(handle))
                errors.Add(new ImportError(row.Line, "handle", Messages.HandleInvalid));
            var date = Day(row, "date", errors);
            if (ImportCells.Required(row, "followers", errors).Length > 0 && !SnapshotInput.TryParseCount(row["followers"], out _))
                errors.Add(new ImportError(row.Line, "followers", Messages.CountInvalid));
            foreach (var column in SnapshotColumns.Skip(4))
            {
                if (!SnapshotInput.TryParseCount(row[column], out _))
                    errors.Add(new ImportError(row.Line, column, Messages.CountInvalid));
            }
            if (errors.Count == before && snapshots.ContainsKey((channel!, handle!, date)))
                errors.Add(new ImportError(row.Line, "date", Messages.ImportSnapshotTwice(handle!, row["date"])));
            if (errors.Count > before)
                continue;
            snapshots[(channel!, handle!, date)] = new SnapshotInput
            {
                Date = date.ToString(Days.Format, CultureInfo.InvariantCulture),
                Followers = row["followers"], Reach = row["reach"], Impressions = row["impressions"], Likes = row["likes"],
                Comments = row["comments"], Shares = row["shares"], Saves = row["saves"], Mentions = row["mentions"],
                ProfileVisits = row["profile_visits"], LinkClicks = row["link_clicks"],
            };
        }
        if (errors.Count > 0 || options.DryRun)
            return new ImportResult(rows.Count, errors, Written: false);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ImportChannels.CreateMissingAsync(db, channels, snapshots.Keys.Select(k => k.Channel), cancellationToken);
        var channelIds = await ImportChannels.IdsAsync(db, cancellationToken);
        var accounts = await db.SocialAccounts.ToDictionaryAsync(a => (a.ChannelId, a.Handle), cancellationToken);
        foreach (var ((channel, handle, _), _) in snapshots)
        {
            var key = (channelIds[channel], handle);
            if (!accounts.ContainsKey(key))
                db.SocialAccounts.Add(accounts[key] = new SocialAccount { ChannelId = key.Item1, Handle = handle, CreatedAt = clock.GetUtcNow().UtcDateTime });
        }
        await db.SaveChangesAsync(cancellationToken);
        var accountIds = accounts.Values.Select(a => a.Id).ToList();
        var existing = await db.SocialSnapshots.Where(s => accountIds.Contains(s.AccountId)).ToDictionaryAsync(s => (s.AccountId, s.Date), cancellationToken);
        foreach (var ((channel, handle, date), input) in snapshots)
        {
            var snapshot = input.ToSnapshot(accounts[(channelIds[channel], handle)].Id);
            if (existing.TryGetValue((snapshot.AccountId, date), out var stored))
                SocialAccounts.CopyFigures(snapshot, stored);
            else
                db.SocialSnapshots.Add(snapshot);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportResult(rows.Count, [], Written: true);
    }

    public async Task<ImportResult> TimeAsync(TextReader file, ImportOptions options, CancellationToken cancellationToken = default)
    {
        var (rows, errors) = CsvRows.Read(file, TimeColumns, ["channel", "date", "minutes"]);
        var channels = await ImportChannels.LoadAsync(db, cancellationToken);
        var entries = new List<(TimeEntry Entry, string Channel)>();
        foreach (var row in rows)
        {
            var before = errors.Count;
            var channel = ImportCells.Channel(row, "channel", channels, options, errors, required: true);
            var date = Day(row, "date", errors);
            var minutes = 0;
            if (ImportCells.Required(row, "minutes", errors).Length > 0
                && (!ActivityInput.TryParseDuration(row["minutes"], out minutes) || minutes is < 1 or > TimeEntryInput.MaxMinutes))
            {
                errors.Add(new ImportError(row.Line, "minutes", Messages.TimeMinutesInvalid(TimeEntryInput.MaxMinutes)));
            }
            if (row["note"].Length > Limits.Name)
                errors.Add(new ImportError(row.Line, "note", Messages.TooLong(Limits.Name)));
            if (errors.Count > before)
                continue;
            entries.Add((new TimeEntry
            {
                Date = date,
                Minutes = minutes,
                Note = row["note"].Length == 0 ? null : row["note"],
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            }, channel!));
        }
        if (errors.Count > 0 || options.DryRun)
            return new ImportResult(rows.Count, errors, Written: false);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ImportChannels.CreateMissingAsync(db, channels, entries.Select(e => e.Channel), cancellationToken);
        var channelIds = await ImportChannels.IdsAsync(db, cancellationToken);
        foreach (var (entry, channel) in entries)
            entry.ChannelId = channelIds[channel];
        db.TimeEntries.AddRange(entries.Select(e => e.Entry));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportResult(rows.Count, [], Written: true);
    }

    /// <summary>A day written yyyy-MM-dd, from 1900 up to today.</summary>
    private DateOnly Day(CsvRow row, string column, List<ImportError> errors)
    {
        if (ImportCells.Required(row, column, errors).Length == 0)
            return default;
        if (!ActivityInput.TryParseDate(row[column], out var day))
            errors.Add(new ImportError(row.Line, column, Messages.ImportDateInvalid));
        else if (day > clock.Today())
            errors.Add(new ImportError(row.Line, column, Messages.ImportTimeInFuture));
        return day;
    }
}
