using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Auditing;
using SocialKpi.Data;
using SocialKpi.Users;

namespace SocialKpi.Privacy;

/// <summary>
/// A person's right of access (GDPR article 15): everything the workspace holds about one prospect,
/// as JSON. Owners and members answer such requests; viewers do not export personal data.
/// </summary>
public sealed class PersonalData(SocialKpiDbContext db, TimeProvider clock)
{
    // Readable by the person it describes: "Hélène" and "+33…" as they are, not as \u escapes. The
    // file is downloaded, never embedded in a page, so the relaxed escaping is safe.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Converters = { new JsonStringEnumConverter() } };

    /// <summary>A prospect by its ref, or by its id ("42" or "#42", as the exports write it); null when none.</summary>
    public async Task<int?> FindAsync(string idOrRef, CancellationToken cancellationToken = default)
    {
        var text = idOrRef.Trim();
        var byRef = await db.Prospects.Where(p => p.ExternalRef == text).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (byRef is not null)
            return byRef;
        return int.TryParse(text.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && await db.Prospects.AnyAsync(p => p.Id == id, cancellationToken)
            ? id
            : null;
    }

    /// <summary>The prospect's data as indented JSON, or null when there is no such prospect or the actor may not export it.</summary>
    public async Task<string?> ExportAsync(int prospectId, string? actorId, CancellationToken cancellationToken = default)
    {
        if (!await db.CanEditAsync(actorId, cancellationToken))
            return null;
        var prospect = await db.Prospects.AsNoTracking()
            .Where(p => p.Id == prospectId)
            .Select(p => new
            {
                p.Id,
                Ref = p.ExternalRef,
                p.Name,
                p.Company,
                p.Email,
                p.Phone,
                p.City,
                p.Notes,
                SourceChannel = p.SourceChannel!.Name,
                Stage = p.Stage!.Name,
                Ring = p.Ring,
                Owner = p.Owner == null ? null : p.Owner.DisplayName,
                Persona = p.Persona == null ? null : p.Persona.Name,
                p.EstimatedValue,
                p.CreatedAt,
                p.UpdatedAt,
                p.LastActivityAt,
                p.NextStep,
                p.NextStepDue,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (prospect is null)
            return null;
        db.Audit(clock, AuditAction.PersonalDataExported, actorId, prospectId);
        await db.SaveChangesAsync(cancellationToken);

        var stages = await db.Stages.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var reasons = await db.LossReasons.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var data = new
        {
            ExportedAt = clock.GetUtcNow().UtcDateTime,
            Prospect = prospect,
            Handles = await db.ProspectHandles.AsNoTracking().Where(h => h.ProspectId == prospectId).OrderBy(h => h.Id)
                .Select(h => new { Channel = h.Channel!.Name, h.Handle }).ToListAsync(cancellationToken),
            Tags = await db.ProspectTags.AsNoTracking().Where(t => t.ProspectId == prospectId).OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(cancellationToken),
            CriteriaMet = await db.ProspectCriteria.AsNoTracking().Where(c => c.ProspectId == prospectId)
                .Join(db.PersonaCriteria, m => m.CriterionId, c => c.Id, (_, c) => c.Text).ToListAsync(cancellationToken),
            Activities = await db.Activities.AsNoTracking().Where(a => a.ProspectId == prospectId).OrderBy(a => a.OccurredAt).ThenBy(a => a.Id)
                .Select(a => new
                {
                    a.OccurredAt,
                    Kind = a.Kind.ToString(),
                    Direction = a.Direction.ToString(),
                    Channel = a.Channel == null ? null : a.Channel.Name,
                    a.DurationMinutes,
                    a.Summary,
                    a.NextStep,
                    a.NextStepDue,
                    a.NextStepDoneAt,
                    a.CreatedAt,
                })
                .ToListAsync(cancellationToken),
            Consents = await db.Consents.AsNoTracking().Where(c => c.ProspectId == prospectId).OrderBy(c => c.Id)
                .Select(c => new { Purpose = c.Purpose.ToString(), Basis = c.Basis.ToString(), c.Evidence, c.Source, c.GivenOn, c.WithdrawnAt, c.RecordedAt })
                .ToListAsync(cancellationToken),
            Sales = await db.Sales.AsNoTracking().Where(s => s.ProspectId == prospectId).OrderBy(s => s.SoldAt)
                .Select(s => new { s.SoldAt, s.Amount, s.Note }).ToListAsync(cancellationToken),
            StageHistory = (await db.StageChanges.AsNoTracking().Where(c => c.ProspectId == prospectId).OrderBy(c => c.ChangedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken))
                .Select(c => new
                {
                    c.ChangedAt,
                    From = c.FromStageId is { } from ? stages.GetValueOrDefault(from) : null,
                    To = stages.GetValueOrDefault(c.ToStageId),
                    LossReason = c.LossReasonId is { } reason ? reasons.GetValueOrDefault(reason) : null,
                })
                .ToList(),
            AuditEntries = await db.AuditEntries.AsNoTracking().Where(e => e.ProspectId == prospectId).OrderBy(e => e.At).ThenBy(e => e.Id)
                .Select(e => new { e.At, Action = e.Action.ToString(), By = db.Users.Where(u => u.Id == e.UserId).Select(u => u.DisplayName).FirstOrDefault(), e.Address })
                .ToListAsync(cancellationToken),
            HistoryChanges = await db.ProspectEvents.AsNoTracking().Where(e => e.ProspectId == prospectId).OrderBy(e => e.At)
                .Select(e => new { e.At, Kind = e.Kind.ToString(), e.Before }).ToListAsync(cancellationToken),
        };
        return JsonSerializer.Serialize(data, Json);
    }
}
