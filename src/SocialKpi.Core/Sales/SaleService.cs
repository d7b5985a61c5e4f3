using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Users;
using SocialKpi.Pipeline;

namespace SocialKpi.Sales;

/// <summary>Further sales to clients; a prospect's first sale comes with its move to a won stage.</summary>
public sealed class SaleService(SocialKpiDbContext db, TimeProvider clock)
{
    public async Task<SaveResult> RecordAsync(int prospectId, SaleInput input, string? actorId, CancellationToken cancellationToken = default)
    {
        if (!await db.CanEditAsync(actorId, cancellationToken))
            return Permissions.Refused();
        var errors = SaleRules.Check(input.Amount, input.SoldOn, clock.Today(), nameof(input.Amount), nameof(input.SoldOn), out var amount, out var soldOn);
        if (SaleRules.CheckNote(input.Note, nameof(input.Note)) is { } badNote)
            errors.Add(badNote);
        var outcome = await db.Prospects.Where(p => p.Id == prospectId).Select(p => (StageOutcome?)p.Stage!.Outcome).FirstOrDefaultAsync(cancellationToken);
        if (outcome is null)
            errors.Add(new ValidationFailure("", Messages.ProspectNotFound));
        else if (outcome != StageOutcome.Won)
            errors.Add(new ValidationFailure("", Messages.SaleNeedsClient));
        if (errors.Count > 0)
            return SaveResult.Failed(errors);

        var sale = NewSale(prospectId, amount, soldOn, input.Note, actorId);
        db.Sales.Add(sale);
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(sale.Id);
    }

    /// <summary>A client's sales, newest first.</summary>
    public async Task<IReadOnlyList<Sale>> ForProspectAsync(int prospectId, CancellationToken cancellationToken = default) =>
        await db.Sales.AsNoTracking().Where(s => s.ProspectId == prospectId).OrderByDescending(s => s.SoldAt).ThenByDescending(s => s.Id).ToListAsync(cancellationToken);

    internal Sale NewSale(int prospectId, decimal amount, DateOnly soldOn, string? note, string? actorId) => new()
    {
        ProspectId = prospectId,
        Amount = amount,
        SoldAt = clock.NoonOfLocalDayUtc(soldOn),
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        CreatedById = actorId,
        CreatedAt = clock.GetUtcNow().UtcDateTime,
    };
}
