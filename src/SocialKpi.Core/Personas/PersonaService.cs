using Microsoft.EntityFrameworkCore;
using SocialKpi.Auditing;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Users;

namespace SocialKpi.Personas;

/// <summary>A prospect's fit with its persona: the criteria, which it meets, and the share met.</summary>
public sealed record ProspectFit(int PersonaId, string Persona, IReadOnlyList<(PersonaCriterion Criterion, bool Met)> Criteria)
{
    /// <summary>Criteria met over the persona's criteria; null when the persona has none.</summary>
    public double? Score => Criteria.Count == 0 ? null : (double)Criteria.Count(c => c.Met) / Criteria.Count;
}

/// <summary>
/// Ideal-client profiles and their checklists (the owner's, like the other settings), and the
/// criteria each prospect meets (owners and members, as they qualify prospects).
/// </summary>
public sealed class PersonaService(SocialKpiDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<Persona>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Personas.AsNoTracking().Include(p => p.Criteria.OrderBy(c => c.Position)).OrderBy(p => p.Name).ToListAsync(cancellationToken);

    public async Task<SaveResult> CreateAsync(string? name, string? description, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(actorId, cancellationToken))
            return Permissions.OwnersOnly();
        var (cleaned, error) = CatalogueName.Clean(name);
        if (error is not null)
            return SaveResult.Failed("Name", error);
        if (PlainText.HasControlCharacters(description, multiline: true) || (description?.Length ?? 0) > Limits.LongText)
            return SaveResult.Failed("Description", (description?.Length ?? 0) > Limits.LongText ? Messages.TooLong(Limits.LongText) : Messages.ControlCharacters);
        var existing = await db.Personas.Select(p => p.Name).ToListAsync(cancellationToken);
        if (existing.Any(n => CatalogueName.Key(n) == CatalogueName.Key(cleaned)))
            return SaveResult.Failed("Name", Messages.PersonaExists(cleaned));
        var persona = new Persona { Name = cleaned, Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim() };
        db.Personas.Add(persona);
        db.Audit(clock, AuditAction.SettingChanged, actorId, detail: $"persona added: {cleaned}");
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(persona.Id);
    }

    public async Task<SaveResult> AddCriterionAsync(int personaId, string? text, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(actorId, cancellationToken))
            return Permissions.OwnersOnly();
        var (cleaned, error) = CatalogueName.Clean(text, Limits.Name);
        if (error is not null)
            return SaveResult.Failed("Text", error);
        if (!await db.Personas.AnyAsync(p => p.Id == personaId, cancellationToken))
            return SaveResult.Failed("", Messages.PersonaUnknown);
        var position = await db.PersonaCriteria.Where(c => c.PersonaId == personaId).MaxAsync(c => (int?)c.Position, cancellationToken) ?? -1;
        var criterion = new PersonaCriterion { PersonaId = personaId, Text = cleaned, Position = position + 1 };
        db.PersonaCriteria.Add(criterion);
        db.Audit(clock, AuditAction.SettingChanged, actorId, detail: $"persona #{personaId} criterion added: {cleaned}");
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(criterion.Id);
    }

    /// <summary>Removes a criterion; prospects' ticks on it go with it, so their scores follow the new checklist.</summary>
    public async Task<SaveResult> RemoveCriterionAsync(int criterionId, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(actorId, cancellationToken))
            return Permissions.OwnersOnly();
        await db.ProspectCriteria.Where(c => c.CriterionId == criterionId).ExecuteDeleteAsync(cancellationToken);
        await db.PersonaCriteria.Where(c => c.Id == criterionId).ExecuteDeleteAsync(cancellationToken);
        db.Audit(clock, AuditAction.SettingChanged, actorId, detail: $"persona criterion #{criterionId} removed");
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Done;
    }

    /// <summary>The prospect's persona and checklist with what it meets; null without a persona.</summary>
    public async Task<ProspectFit?> FitAsync(int prospectId, CancellationToken cancellationToken = default)
    {
        var personaId = await db.Prospects.Where(p => p.Id == prospectId).Select(p => p.PersonaId).FirstOrDefaultAsync(cancellationToken);
        if (personaId is not { } id)
            return null;
        var persona = await db.Personas.AsNoTracking().Include(p => p.Criteria.OrderBy(c => c.Position)).FirstAsync(p => p.Id == id, cancellationToken);
        var met = (await db.ProspectCriteria.Where(c => c.ProspectId == prospectId).Select(c => c.CriterionId).ToListAsync(cancellationToken)).ToHashSet();
        return new ProspectFit(persona.Id, persona.Name, persona.Criteria.Select(c => (c, met.Contains(c.Id))).ToList());
    }

    public async Task<SaveResult> SetMetAsync(int prospectId, int criterionId, bool met, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanEditAsync(actorId, cancellationToken))
            return Permissions.Refused();
        var belongs = await db.Prospects.AnyAsync(p => p.Id == prospectId && db.PersonaCriteria.Any(c => c.Id == criterionId && c.PersonaId == p.PersonaId), cancellationToken);
        if (!belongs)
            return SaveResult.Failed("", Messages.CriterionNotOfPersona);
        var ticked = await db.ProspectCriteria.AnyAsync(c => c.ProspectId == prospectId && c.CriterionId == criterionId, cancellationToken);
        if (met && !ticked)
        {
            db.ProspectCriteria.Add(new ProspectCriterion { ProspectId = prospectId, CriterionId = criterionId });
            await db.SaveChangesAsync(cancellationToken);
        }
        else if (!met && ticked)
        {
            await db.ProspectCriteria.Where(c => c.ProspectId == prospectId && c.CriterionId == criterionId).ExecuteDeleteAsync(cancellationToken);
        }
        return SaveResult.Done;
    }
}
