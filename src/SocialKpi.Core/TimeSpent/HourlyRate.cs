using Microsoft.EntityFrameworkCore;
using SocialKpi.Auditing;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Prospects;
using SocialKpi.Users;

namespace SocialKpi.TimeSpent;

/// <summary>What an hour of the user's time is worth: the owner's setting, which prices cost per client.</summary>
public sealed class HourlyRate(SocialKpiDbContext db, TimeProvider clock)
{
    public async Task<decimal?> GetAsync(CancellationToken cancellationToken = default) =>
        await db.WorkspaceSettings.AsNoTracking().Where(s => s.Id == WorkspaceSettings.RowId).Select(s => s.HourlyRate).SingleOrDefaultAsync(cancellationToken);

    /// <summary>An amount in euros (empty clears it).</summary>
    public async Task<SaveResult> SetAsync(string? typed, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(actorId, cancellationToken))
            return Permissions.OwnersOnly();
        if (!Amount.TryParse(typed, out var rate) || rate is < 0 || rate >= 100_000)
            return SaveResult.Failed("HourlyRate", Messages.HourlyRateInvalid);
        var settings = await db.SettingsForUpdateAsync(cancellationToken);
        settings.HourlyRate = rate;
        db.Audit(clock, AuditAction.SettingChanged, actorId, detail: $"hourly rate: {rate?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}");
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(settings.Id);
    }
}
