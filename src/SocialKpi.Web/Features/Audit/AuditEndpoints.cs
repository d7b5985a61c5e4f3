using System.Security.Claims;
using SocialKpi.Auditing;
using SocialKpi.Common;
using SocialKpi.Web.Infrastructure;

namespace SocialKpi.Web.Features.Audit;

/// <summary>The audit log as CSV, with the filters on screen; owners only, and the download is itself logged.</summary>
public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit.csv", async (string? user, string? action, string? from, string? to, int? prospect, ClaimsPrincipal reader, AuditTrail audit) =>
        {
            if (!AuditFilter.TryParse(user, action, from, to, prospect, out var query))
                return Results.BadRequest();
            var csv = await audit.CsvAsync(query, reader.FindFirstValue(ClaimTypes.NameIdentifier));
            return csv is null ? Results.NotFound() : Results.File(CsvText.Utf8WithBom(csv), "text/csv; charset=utf-8", "audit-log.csv");
        }).AuditedAsExport();
    }
}
