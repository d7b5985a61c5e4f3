using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Auditing;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Users;

namespace SocialKpi.Channels;

public sealed class ChannelInput
{
    public string Name { get; set; } = "";
    public ChannelKind Kind { get; set; } = ChannelKind.Social;
}

public sealed class ChannelInputValidator : AbstractValidator<ChannelInput>
{
    public ChannelInputValidator()
    {
        RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => Messages.NameRequired);
        RuleFor(c => c.Name).MaximumLength(Limits.ShortText).WithMessage(_ => Messages.TooLong(Limits.ShortText))
            .PlainText();
        RuleFor(c => c.Kind).IsInEnum().WithMessage(_ => Messages.ChannelKindInvalid);
    }
}

/// <summary>
/// The channel catalogue: add, rename, archive the ones no longer used (never delete history), and
/// merge two channels that are really one (say "Insta" into "Instagram").
/// </summary>
public sealed class ChannelService(SocialKpiDbContext db, IValidator<ChannelInput> validator, TimeProvider clock)
{
    public async Task<SaveResult> CreateAsync(ChannelInput input, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(actorId, cancellationToken))
            return Permissions.OwnersOnly();
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
            return SaveResult.Failed(validation.Errors);
        var name = CatalogueName.Clean(input.Name).Name;
        if (await NameTakenAsync(name, exceptId: null, cancellationToken))
            return SaveResult.Failed(nameof(ChannelInput.Name), Messages.ChannelExists(name));
        var channel = new Channel { Name = name, Kind = input.Kind };
        db.Channels.Add(channel);
        db.Audit(clock, AuditAction.SettingChanged, actorId, detail: $"channel added: {name}");
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(channel.Id);
    }

    /// <summary>Renames a channel; its history follows, since everything refers to it by id.</summary>
    public async Task<SaveResult> RenameAsync(int id, string? name, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(actorId, cancellationToken))
            return Permissions.OwnersOnly();
        var channel = await db.Channels.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (channel is null)
            return SaveResult.Failed("", Messages.ChannelUnknown);
        var validation = await validator.ValidateAsync(new ChannelInput { Name = name ?? "", Kind = channel.Kind }, cancellationToken);
        if (!validation.IsValid)
            return SaveResult.Failed(validation.Errors);
        var cleaned = CatalogueName.Clean(name).Name;
        if (await NameTakenAsync(cleaned, exceptId: id, cancellationToken))
            return SaveResult.Failed(nameof(ChannelInput.Name), Messages.ChannelExists(cleaned));
        db.Audit(clock, AuditAction.SettingChanged, actorId, detail: $"channel renamed: {channel.Name} → {cleaned}");
        channel.Name = cleaned;
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(id);
    }

    /// <summary>
    /// Moves everything of one channel (prospects it brought, conversations, handles) onto another
    /// and removes it, in one transaction. A prospect with a handle on both keeps the one of the
    /// channel merged into.
    /// </summary>
    public async Task<SaveResult> MergeAsync(int fromId, int intoId, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(actorId, cancellationToken))
            return Permissions.OwnersOnly();
        if (fromId == intoId)
            return SaveResult.Failed("", Messages.MergeIntoItself);
        var found = await db.Channels.CountAsync(c => c.Id == fromId || c.Id == intoId, cancellationToken);
        if (found != 2)
            return SaveResult.Failed("", Messages.ChannelUnknown);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.ProspectHandles
            .Where(h => h.ChannelId == fromId && db.ProspectHandles.Any(other => other.ProspectId == h.ProspectId && other.ChannelId == intoId))
            .ExecuteDeleteAsync(cancellationToken);
        await db.ProspectHandles.Where(h => h.ChannelId == fromId).ExecuteUpdateAsync(s => s.SetProperty(h => h.ChannelId, intoId), cancellationToken);
        await db.Prospects.Where(p => p.SourceChannelId == fromId).ExecuteUpdateAsync(s => s.SetProperty(p => p.SourceChannelId, intoId), cancellationToken);
        await db.Activities.Where(a => a.ChannelId == fromId).ExecuteUpdateAsync(s => s.SetProperty(a => a.ChannelId, (int?)intoId), cancellationToken);
        await db.Channels.Where(c => c.Id == fromId).ExecuteDeleteAsync(cancellationToken);
        db.Audit(clock, AuditAction.SettingChanged, actorId, detail: $"channel #{fromId} merged into #{intoId}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SaveResult.Saved(intoId);
    }

    public async Task<bool> SetArchivedAsync(int id, bool archived, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(actorId, cancellationToken)
            || await db.Channels.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.IsArchived, archived), cancellationToken) == 0)
            return false;
        db.Audit(clock, AuditAction.SettingChanged, actorId, detail: $"channel #{id} {(archived ? "archived" : "restored")}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    // The catalogue is small: names are compared in memory, where case folding covers every alphabet.
    private async Task<bool> NameTakenAsync(string name, int? exceptId, CancellationToken cancellationToken)
    {
        var key = CatalogueName.Key(name);
        var others = await db.Channels.Where(c => c.Id != exceptId).Select(c => c.Name).ToListAsync(cancellationToken);
        return others.Any(other => CatalogueName.Key(other) == key);
    }
}
