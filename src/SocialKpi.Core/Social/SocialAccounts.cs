using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Prospects;
using SocialKpi.Users;

namespace SocialKpi.Social;

public sealed record AccountSummary(int Id, int ChannelId, string Channel, string Handle, SocialSnapshot? Latest, int Snapshots);

/// <summary>The workspace's own accounts and their snapshots: added by owners and members, read by everyone.</summary>
public sealed class SocialAccounts(SocialKpiDbContext db, IValidator<SnapshotInput> validator, TimeProvider clock)
{
    public async Task<SaveResult> AddAccountAsync(int channelId, string? handle, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanEditAsync(actorId, cancellationToken))
            return Permissions.Refused();
        var normalized = ContactNormalizer.Handle(handle);
        if (normalized is null)
            return SaveResult.Failed("Handle", Messages.HandleRequired);
        if (!ContactNormalizer.IsValidHandle(normalized))
            return SaveResult.Failed("Handle", Messages.HandleInvalid);
        if (!await db.Channels.AnyAsync(c => c.Id == channelId, cancellationToken))
            return SaveResult.Failed("ChannelId", Messages.ChannelUnknown);
        if (await db.SocialAccounts.AnyAsync(a => a.ChannelId == channelId && a.Handle == normalized, cancellationToken))
            return SaveResult.Failed("Handle", Messages.AccountExists(normalized));
        var account = new SocialAccount { ChannelId = channelId, Handle = normalized, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.SocialAccounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(account.Id);
    }

    /// <summary>Records the account's figures for a day; a second snapshot of the same day replaces the first.</summary>
    public async Task<SaveResult> RecordSnapshotAsync(int accountId, SnapshotInput input, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanEditAsync(actorId, cancellationToken))
            return Permissions.Refused();
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
            return SaveResult.Failed(validation.Errors);
        if (!await db.SocialAccounts.AnyAsync(a => a.Id == accountId, cancellationToken))
            return SaveResult.Failed("", Messages.AccountNotFound);
        var snapshot = input.ToSnapshot(accountId);
        var existing = await db.SocialSnapshots.FirstOrDefaultAsync(s => s.AccountId == accountId && s.Date == snapshot.Date, cancellationToken);
        if (existing is null)
            db.SocialSnapshots.Add(snapshot);
        else
            CopyFigures(snapshot, existing);
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(existing?.Id ?? snapshot.Id);
    }

    public async Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var accounts = await db.SocialAccounts.AsNoTracking()
            .OrderBy(a => a.Channel!.Name).ThenBy(a => a.Handle)
            .Select(a => new
            {
                a.Id, a.ChannelId, Channel = a.Channel!.Name, a.Handle,
                Latest = a.Snapshots.OrderByDescending(s => s.Date).FirstOrDefault(),
                Count = a.Snapshots.Count,
            })
            .ToListAsync(cancellationToken);
        return accounts.Select(a => new AccountSummary(a.Id, a.ChannelId, a.Channel, a.Handle, a.Latest, a.Count)).ToList();
    }

    /// <summary>The account's snapshots, oldest first, for its chart.</summary>
    public async Task<IReadOnlyList<SocialSnapshot>> SnapshotsAsync(int accountId, CancellationToken cancellationToken = default) =>
        await db.SocialSnapshots.AsNoTracking().Where(s => s.AccountId == accountId).OrderBy(s => s.Date).ToListAsync(cancellationToken);

    internal static void CopyFigures(SocialSnapshot from, SocialSnapshot to)
    {
        to.Followers = from.Followers;
        to.Reach = from.Reach;
        to.Impressions = from.Impressions;
        to.Likes = from.Likes;
        to.Comments = from.Comments;
        to.Shares = from.Shares;
        to.Saves = from.Saves;
        to.Mentions = from.Mentions;
        to.ProfileVisits = from.ProfileVisits;
        to.LinkClicks = from.LinkClicks;
    }
}
