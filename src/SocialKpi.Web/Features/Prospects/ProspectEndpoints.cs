using SocialKpi.Common;
using SocialKpi.Exporting;
using SocialKpi.Web.Infrastructure;

namespace SocialKpi.Web.Features.Prospects;

/// <summary>The prospects list as a CSV download, with the list's filters (the same URL parameters).</summary>
public static class ProspectEndpoints
{
    public static void MapProspectEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/prospects.csv", (string? q, int? stage, int? channel, string? ring, string? owner, int? persona, string? tag, string? fit, WorkspaceExport export) =>
        {
            var query = ProspectFilter.FromUrl(q, stage, channel, ring, owner, persona, tag, fit).ToExportQuery();
            // Streamed: a 100,000-prospect workspace is written as it is read, not built in memory first.
            return Results.Stream(async body =>
            {
                await using var csv = new StreamWriter(body, CsvText.Utf8Bom);
                await export.ProspectsAsync(csv, query);
            }, "text/csv; charset=utf-8", "prospects.csv");
        }).AuditedAsExport();
    }
}
