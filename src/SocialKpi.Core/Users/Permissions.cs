using Microsoft.EntityFrameworkCore;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;

namespace SocialKpi.Users;

/// <summary>
/// Who may change prospects, checked in the services themselves: a circuit's event never passes
/// through HTTP middleware, so a check in the web layer alone could be forgotten by a new page.
/// </summary>
public static class Permissions
{
    /// <summary>
    /// Owners and members work prospects; viewers read. No acting user means the workspace itself
    /// (the command line, an import, the demo seeder), which may.
    /// </summary>
    public static async Task<bool> CanEditAsync(this SocialKpiDbContext db, string? actorId, CancellationToken cancellationToken = default)
    {
        if (actorId is null)
            return true;
        return await db.UserRoles.AnyAsync(
            ur => ur.UserId == actorId && db.Roles.Any(r => r.Id == ur.RoleId && (r.Name == Roles.Owner || r.Name == Roles.Member)),
            cancellationToken);
    }

    /// <summary>Settings (channels, stages, loss reasons, the lookback window) are the owner's; no acting user is the workspace itself.</summary>
    public static async Task<bool> CanManageAsync(this SocialKpiDbContext db, string? actorId, CancellationToken cancellationToken = default)
    {
        if (actorId is null)
            return true;
        return await db.UserRoles.AnyAsync(
            ur => ur.UserId == actorId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Owner),
            cancellationToken);
    }

    public static SaveResult Refused() => SaveResult.Failed("", Messages.ViewerCannotEdit);

    public static SaveResult OwnersOnly() => SaveResult.Failed("", Messages.OwnersOnly);
}
