using SocialKpi.Auditing;
using SocialKpi.Common;

namespace SocialKpi.Web.Features.Audit;

/// <summary>The audit log's filters as its URL carries them; the page and its CSV read them alike.</summary>
public static class AuditFilter
{
    /// <summary>False when a date is not yyyy-MM-dd or an action is unknown.</summary>
    public static bool TryParse(string? user, string? action, string? from, string? to, int? prospect, out AuditQuery query)
    {
        query = new AuditQuery();
        AuditAction? kind = null;
        if (!string.IsNullOrEmpty(action))
        {
            if (!Enum.TryParse<AuditAction>(action, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                return false;
            kind = parsed;
        }
        if (!Days.TryParseOptional(from, out var fromDay) || !Days.TryParseOptional(to, out var toDay))
            return false;
        query = new AuditQuery { UserId = string.IsNullOrEmpty(user) ? null : user, Action = kind, From = fromDay, To = toDay, ProspectId = prospect };
        return true;
    }
}
