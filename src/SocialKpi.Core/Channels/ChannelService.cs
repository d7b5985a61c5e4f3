using FluentValidation;
using Microsoft.EntityFrameworkCore;
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
        RuleFor(c => c.Name).MaximumLength(Limits.ShortText).WithMessage(_ => Messages.TooLong(Limits.ShortText));
        RuleFor(c => c.Kind).IsInEnum().WithMessage(_ => Messages.ChannelKindInvalid);
    }
}

/// <summary>The channel catalogue: add channels, archive the ones no longer used (never delete history).</summary>
public sealed class ChannelService(SocialKpiDbContext db, IValidator<ChannelInput> validator)
{
    public async Task<SaveResult> CreateAsync(ChannelInput input, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(actorId, cancellationToken))
            return Permissions.OwnersOnly();
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
            return SaveResult.Failed(validation.Errors);
        var name = input.Name.Trim();
        var lowered = name.ToLower();
        if (await db.Channels.AnyAsync(c => c.Name.ToLower() == lowered, cancellationToken))
            return SaveResult.Failed(nameof(ChannelInput.Name), Messages.ChannelExists(name));
        var channel = new Channel { Name = name, Kind = input.Kind };
        db.Channels.Add(channel);
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
        var trimmed = name!.Trim();
        var lowered = trimmed.ToLower();
        if (await db.Channels.AnyAsync(c => c.Id != id && c.Name.ToLower() == lowered, cancellationToken))
            return SaveResult.Failed(nameof(ChannelInput.Name), Messages.ChannelExists(trimmed));
        channel.Name = trimmed;
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(id);
    }

    public async Task<bool> SetArchivedAsync(int id, bool archived, string? actorId = null, CancellationToken cancellationToken = default) =>
        await db.CanManageAsync(actorId, cancellationToken)
        && await db.Channels.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.IsArchived, archived), cancellationToken) > 0;
}
