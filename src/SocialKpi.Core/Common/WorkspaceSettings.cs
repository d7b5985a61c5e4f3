using Microsoft.EntityFrameworkCore;
using SocialKpi.Data;

namespace SocialKpi.Common;

/// <summary>
/// The workspace's own choices, in one row (id 1), written the first time an owner saves one; until
/// then every setting has its default.
/// </summary>
public sealed class WorkspaceSettings
{
    public const int RowId = 1;

    public int Id { get; set; } = RowId;

    /// <summary>Days of touches before a conversion that attribution counts (product.md: 90 by default).</summary>
    public int AttributionLookbackDays { get; set; } = Attribution.AttributionQuery.DefaultLookbackDays;

    /// <summary>What an hour of the user's time is worth, in euros: cost per client = hours × rate / clients. Null until set.</summary>
    public decimal? HourlyRate { get; set; }
}

public static class WorkspaceSettingsRow
{
    /// <summary>The settings row, tracked for a change, added with its defaults if no setting was ever saved.</summary>
    public static async Task<WorkspaceSettings> SettingsForUpdateAsync(this SocialKpiDbContext db, CancellationToken cancellationToken = default)
    {
        var settings = await db.WorkspaceSettings.SingleOrDefaultAsync(s => s.Id == WorkspaceSettings.RowId, cancellationToken);
        if (settings is null)
            db.WorkspaceSettings.Add(settings = new WorkspaceSettings());
        return settings;
    }
}
