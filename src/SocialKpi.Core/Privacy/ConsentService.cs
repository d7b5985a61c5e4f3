using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Activities;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Users;

namespace SocialKpi.Privacy;

public sealed record ConsentState(ConsentPurpose Purpose, Consent? Active);

/// <summary>Records and withdraws the GDPR bases for contacting a prospect, and answers whether one holds.</summary>
public sealed class ConsentService(SocialKpiDbContext db, IValidator<ConsentInput> validator, TimeProvider clock)
{
    public async Task<SaveResult> RecordAsync(int prospectId, ConsentInput input, string? actorId, CancellationToken cancellationToken = default)
    {
        if (!await db.CanEditAsync(actorId, cancellationToken))
            return Permissions.Refused();
        var errors = (await validator.ValidateAsync(input, cancellationToken)).Errors;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, clock.LocalTimeZone));
        if (ActivityInput.TryParseDate(input.GivenOn, out var givenOn) && givenOn > today)
            errors.Add(new ValidationFailure(nameof(input.GivenOn), Messages.ConsentDateInvalid));
        if (!await db.Prospects.AnyAsync(p => p.Id == prospectId, cancellationToken))
            errors.Add(new ValidationFailure("", Messages.ProspectNotFound));
        if (errors.Count > 0)
            return SaveResult.Failed(errors);

        var consent = new Consent
        {
            ProspectId = prospectId,
            Purpose = input.Purpose,
            Basis = input.Basis,
            Evidence = input.Evidence!.Trim(),
            Source = string.IsNullOrWhiteSpace(input.Source) ? null : input.Source.Trim(),
            GivenOn = givenOn,
            RecordedById = actorId,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Consents.Add(consent);
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(consent.Id);
    }

    public async Task<SaveResult> WithdrawAsync(int prospectId, int consentId, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanEditAsync(actorId, cancellationToken))
            return Permissions.Refused();
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Consents
            .Where(c => c.Id == consentId && c.ProspectId == prospectId && c.WithdrawnAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.WithdrawnAt, now), cancellationToken);
        return changed == 1 ? SaveResult.Saved(consentId) : SaveResult.Failed("", Messages.ConsentNotFound);
    }

    /// <summary>Every basis recorded for the prospect, newest first, withdrawn ones included.</summary>
    public async Task<IReadOnlyList<Consent>> HistoryAsync(int prospectId, CancellationToken cancellationToken = default) =>
        await db.Consents.AsNoTracking().Where(c => c.ProspectId == prospectId)
            .OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id)
            .ToListAsync(cancellationToken);

    /// <summary>For each purpose, the basis in force now (the latest one not withdrawn), if any.</summary>
    public async Task<IReadOnlyList<ConsentState>> StateAsync(int prospectId, CancellationToken cancellationToken = default)
    {
        var active = await db.Consents.AsNoTracking()
            .Where(c => c.ProspectId == prospectId && c.WithdrawnAt == null)
            .OrderByDescending(c => c.GivenOn).ThenByDescending(c => c.Id)
            .ToListAsync(cancellationToken);
        return Enum.GetValues<ConsentPurpose>()
            .Select(purpose => new ConsentState(purpose, active.FirstOrDefault(c => c.Purpose == purpose)))
            .ToList();
    }

    /// <summary>Whether a basis for the purpose was in force at that time: given by then and not withdrawn before.</summary>
    public Task<bool> HasBasisAsync(int prospectId, ConsentPurpose purpose, DateTime atUtc, CancellationToken cancellationToken = default)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(atUtc, clock.LocalTimeZone));
        return db.Consents.AnyAsync(
            c => c.ProspectId == prospectId && c.Purpose == purpose && c.GivenOn <= day && (c.WithdrawnAt == null || c.WithdrawnAt > atUtc),
            cancellationToken);
    }
}
