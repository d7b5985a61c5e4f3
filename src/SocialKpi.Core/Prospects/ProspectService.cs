using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Users;
using SocialKpi.Pipeline;
using SocialKpi.Sales;

namespace SocialKpi.Prospects;

/// <summary>Creates, edits, moves and deletes prospects; every write is validated first.</summary>
public sealed class ProspectService(SocialKpiDbContext db, IValidator<ProspectInput> validator, SaleService sales, TimeProvider clock)
{
    public Task<Prospect?> GetAsync(int id, CancellationToken cancellationToken = default) =>
        db.Prospects.AsNoTracking()
            .Include(p => p.SourceChannel)
            .Include(p => p.Stage)
            .Include(p => p.Owner)
            .Include(p => p.Persona)
            .Include(p => p.Handles).ThenInclude(h => h.Channel)
            .Include(p => p.Tags)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public async Task<SaveResult> CreateAsync(ProspectInput input, string? actorId, CancellationToken cancellationToken = default)
    {
        if (!await db.CanEditAsync(actorId, cancellationToken))
            return Permissions.Refused();
        var errors = await ValidateAsync(input, cancellationToken);
        // A won stage needs its sale and a lost one its reason: a new prospect starts open and moves there.
        if (input.StageId > 0 && await db.Stages.AnyAsync(s => s.Id == input.StageId && s.Outcome != StageOutcome.Open, cancellationToken))
            errors.Add(new ValidationFailure(nameof(input.StageId), Messages.NewProspectStageOpen));
        if (errors.Count > 0)
            return SaveResult.Failed(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var prospect = new Prospect { Name = "", CreatedAt = now, StageChangedAt = now, LastActivityAt = now };
        Apply(input, prospect, now);
        db.Prospects.Add(prospect);
        await db.SaveChangesAsync(cancellationToken);

        db.StageChanges.Add(new StageChange { ProspectId = prospect.Id, ToStageId = prospect.StageId, ChangedAt = now, ChangedById = actorId });
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(prospect.Id);
    }

    /// <param name="expectedVersion">The version the user's form was rendered from; a newer one refuses the edit.</param>
    public async Task<SaveResult> UpdateAsync(int id, int expectedVersion, ProspectInput input, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanEditAsync(actorId, cancellationToken))
            return Permissions.Refused();
        var prospect = await db.Prospects.Include(p => p.Handles).Include(p => p.Tags).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (prospect is null)
            return SaveResult.Failed("", Messages.ProspectNotFound);
        if (prospect.Version != expectedVersion)
            return SaveResult.Conflict(Messages.ProspectChangedMeanwhile);

        // The stage changes only through ChangeStageAsync, which asks for a sale or a reason.
        input.StageId = prospect.StageId;
        var errors = await ValidateAsync(input, cancellationToken);
        if (errors.Count > 0)
            return SaveResult.Failed(errors);

        Apply(input, prospect, clock.GetUtcNow().UtcDateTime);
        return await SaveWithConcurrencyCheckAsync(prospect, cancellationToken);
    }

    /// <summary>
    /// Moves a prospect to a stage: the one code path of the prospect page and the board. A move to a
    /// won stage records the sale (its conversion, or a further sale); a move to a lost stage, its reason.
    /// </summary>
    public async Task<SaveResult> ChangeStageAsync(int id, StageMoveInput move, string? actorId, CancellationToken cancellationToken = default)
    {
        if (!await db.CanEditAsync(actorId, cancellationToken))
            return Permissions.Refused();
        var prospect = await db.Prospects.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (prospect is null)
            return SaveResult.Failed("", Messages.ProspectNotFound);
        if (prospect.Version != move.Version)
            return SaveResult.Conflict(Messages.ProspectChangedMeanwhile);
        var stage = await db.Stages.AsNoTracking().FirstOrDefaultAsync(s => s.Id == move.StageId, cancellationToken);
        if (stage is null)
            return SaveResult.Failed(nameof(move.StageId), Messages.StageUnknown);
        if (prospect.StageId == move.StageId)
            return SaveResult.Saved(id);

        var errors = new List<ValidationFailure>();
        decimal amount = 0;
        DateOnly soldOn = default;
        if (stage.Outcome == StageOutcome.Won)
        {
            errors = SaleRules.Check(move.SaleAmount, move.SoldOn, clock.Today(), nameof(move.SaleAmount), nameof(move.SoldOn), out amount, out soldOn);
            if (SaleRules.CheckNote(move.SaleNote, nameof(move.SaleNote)) is { } badNote)
                errors.Add(badNote);
        }
        if (stage.Outcome == StageOutcome.Lost
            && (move.LossReasonId is not { } reasonId || !await db.LossReasons.AnyAsync(r => r.Id == reasonId, cancellationToken)))
        {
            errors.Add(new ValidationFailure(nameof(move.LossReasonId), Messages.LossReasonRequired));
        }
        if (errors.Count > 0)
            return SaveResult.Failed(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var previousStage = prospect.StageId;
        prospect.StageId = move.StageId;
        prospect.UpdatedAt = now;
        RecordStageChange(prospect, previousStage, actorId, now, stage.Outcome == StageOutcome.Lost ? move.LossReasonId : null);
        if (stage.Outcome == StageOutcome.Won)
            db.Sales.Add(sales.NewSale(id, amount, soldOn, move.SaleNote, actorId));
        if (stage.Outcome != StageOutcome.Open)
            await CloseNextStepsAsync(prospect, now, cancellationToken);
        return await SaveWithConcurrencyCheckAsync(prospect, cancellationToken);
    }

    public async Task<SaveResult> DeleteAsync(int id, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanEditAsync(actorId, cancellationToken))
            return Permissions.Refused();
        using var _ = DataChangeJournal.Limit(db, id);
        return await db.Prospects.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken) > 0
            ? SaveResult.Saved(id)
            : SaveResult.Failed("", Messages.ProspectNotFound);
    }

    // A won or lost prospect needs no more chasing: its open next steps close with the move, in the
    // same save, so they leave the follow-ups and the board card.
    private async Task CloseNextStepsAsync(Prospect prospect, DateTime now, CancellationToken cancellationToken)
    {
        var open = await db.Activities.Where(a => a.ProspectId == prospect.Id && a.NextStepDue != null && a.NextStepDoneAt == null).ToListAsync(cancellationToken);
        foreach (var activity in open)
        {
            activity.NextStepDoneAt = now;
            activity.UpdatedAt = now;
        }
        prospect.NextStep = null;
        prospect.NextStepDue = null;
    }

    private void RecordStageChange(Prospect prospect, int fromStageId, string? actorId, DateTime now, int? lossReasonId = null)
    {
        prospect.StageChangedAt = now;
        db.StageChanges.Add(new StageChange
        {
            ProspectId = prospect.Id,
            FromStageId = fromStageId,
            ToStageId = prospect.StageId,
            ChangedAt = now,
            ChangedById = actorId,
            LossReasonId = lossReasonId,
        });
    }

    private async Task<SaveResult> SaveWithConcurrencyCheckAsync(Prospect prospect, CancellationToken cancellationToken)
    {
        // Version is a concurrency token: the UPDATE only matches the row we read, so a write that
        // slipped in between our read and this save makes it fail instead of being overwritten.
        prospect.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SaveResult.Saved(prospect.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Conflict(Messages.ProspectChangedMeanwhile);
        }
    }

    private async Task<List<ValidationFailure>> ValidateAsync(ProspectInput input, CancellationToken cancellationToken)
    {
        var errors = (await validator.ValidateAsync(input, cancellationToken)).Errors;
        if (input.SourceChannelId > 0 && !await db.Channels.AnyAsync(c => c.Id == input.SourceChannelId, cancellationToken))
            errors.Add(new ValidationFailure(nameof(input.SourceChannelId), Messages.ChannelUnknown));
        if (input.StageId > 0 && !await db.Stages.AnyAsync(s => s.Id == input.StageId, cancellationToken))
            errors.Add(new ValidationFailure(nameof(input.StageId), Messages.StageUnknown));
        if (!string.IsNullOrEmpty(input.OwnerId) && !await db.Users.AnyAsync(u => u.Id == input.OwnerId, cancellationToken))
            errors.Add(new ValidationFailure(nameof(input.OwnerId), Messages.OwnerUnknown));
        if (input.PersonaId is { } personaId && !await db.Personas.AnyAsync(p => p.Id == personaId, cancellationToken))
            errors.Add(new ValidationFailure(nameof(input.PersonaId), Messages.PersonaUnknown));

        var handleChannels = input.Handles.Where(h => !string.IsNullOrWhiteSpace(h.Handle)).Select(h => h.ChannelId).Distinct().ToList();
        var known = await db.Channels.CountAsync(c => handleChannels.Contains(c.Id), cancellationToken);
        if (known != handleChannels.Count)
            errors.Add(new ValidationFailure(nameof(input.Handles), Messages.ChannelUnknown));
        return errors;
    }

    private static void Apply(ProspectInput input, Prospect prospect, DateTime now)
    {
        // Direction overrides could make a name display as another one in lists: they are dropped.
        prospect.Name = PlainText.WithoutBidiControls(input.Name.Trim());
        prospect.NameNormalized = ContactNormalizer.ForSearch(prospect.Name);
        prospect.Company = Blank(input.Company) is { } company ? PlainText.WithoutBidiControls(company) : null;
        prospect.Email = ContactNormalizer.Email(input.Email);
        prospect.Phone = ContactNormalizer.Phone(input.Phone);
        prospect.City = Blank(input.City);
        prospect.Notes = Blank(input.Notes);
        prospect.SourceChannelId = input.SourceChannelId;
        prospect.StageId = input.StageId;
        prospect.OwnerId = Blank(input.OwnerId);
        prospect.PersonaId = input.PersonaId;
        prospect.Ring = input.Ring;
        prospect.EstimatedValue = Amount.Parse(input.EstimatedValue);
        prospect.UpdatedAt = now;

        var handles = input.Handles
            .Select(h => (h.ChannelId, Handle: ContactNormalizer.Handle(h.Handle)))
            .Where(h => h.Handle is not null)
            .DistinctBy(h => h.ChannelId)
            .ToList();
        prospect.Handles.RemoveAll(existing => !handles.Any(h => h.ChannelId == existing.ChannelId));
        foreach (var (channelId, handle) in handles)
        {
            var existing = prospect.Handles.FirstOrDefault(h => h.ChannelId == channelId);
            if (existing is null)
                prospect.Handles.Add(new ProspectHandle { ChannelId = channelId, Handle = handle! });
            else
                existing.Handle = handle!;
        }

        var tags = input.TagList();
        prospect.Tags.RemoveAll(existing => !tags.Contains(existing.Name));
        foreach (var tag in tags.Where(t => prospect.Tags.All(existing => existing.Name != t)))
            prospect.Tags.Add(new ProspectTag { Name = tag });
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
