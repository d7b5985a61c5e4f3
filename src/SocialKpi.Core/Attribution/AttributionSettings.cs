using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Auditing;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Users;

namespace SocialKpi.Attribution;

/// <summary>The workspace's lookback window: how many days of touches before a conversion reports count.</summary>
public sealed class AttributionSettings(SocialKpiDbContext db, TimeProvider clock)
{
    public const int MaxLookbackDays = 3650;

    public async Task<int> LookbackDaysAsync(CancellationToken cancellationToken = default) =>
        await db.WorkspaceSettings.AsNoTracking().Where(s => s.Id == WorkspaceSettings.RowId)
            .Select(s => (int?)s.AttributionLookbackDays).SingleOrDefaultAsync(cancellationToken)
        ?? AttributionQuery.DefaultLookbackDays;

    /// <summary>Saves the window as typed (whole days, 1 to 3,650); anything else changes nothing.</summary>
    public async Task<SaveResult> SetLookbackDaysAsync(string? typed, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(actorId, cancellationToken))
            return Permissions.OwnersOnly();
        if (!int.TryParse(typed?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days is < 1 or > MaxLookbackDays)
            return SaveResult.Failed("LookbackDays", Messages.LookbackInvalid);
        var settings = await db.SettingsForUpdateAsync(cancellationToken);
        settings.AttributionLookbackDays = days;
        db.Audit(clock, AuditAction.SettingChanged, actorId, detail: $"attribution lookback: {days} days");
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(settings.Id);
    }
}
