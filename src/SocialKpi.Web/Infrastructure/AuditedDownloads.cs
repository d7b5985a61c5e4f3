using System.Security.Claims;
using SocialKpi.Auditing;

namespace SocialKpi.Web.Infrastructure;

/// <summary>A CSV download leaves a line in the audit log: who took which list, with which filters.</summary>
public static class AuditedDownloads
{
    public static RouteHandlerBuilder AuditedAsExport(this RouteHandlerBuilder route) =>
        route.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            // A refused request (bad dates, say) exported nothing.
            if (result is not IStatusCodeHttpResult { StatusCode: >= 400 })
            {
                var http = context.HttpContext;
                await http.RequestServices.GetRequiredService<AuditTrail>().RecordAsync(
                    AuditAction.ListExported, http.User.FindFirstValue(ClaimTypes.NameIdentifier), detail: http.Request.Path + http.Request.QueryString);
            }
            return result;
        });
}
