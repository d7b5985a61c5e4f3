using SocialKpi.Attribution;

namespace SocialKpi.Web.Components.Reports;

/// <summary>The attribution report as JSON (for a signed-in user's tools) and as a CSV download.</summary>
public static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reports/attribution", async (string? from, string? to, int? lookback, AttributionReport report) =>
        {
            if (!ReportQuery.TryParse(from, to, lookback, out var query))
                return Results.BadRequest(new { error = "from and to are yyyy-MM-dd with from < to, lookback 1 to 3650 days / from et to au format aaaa-MM-jj, from < to, lookback de 1 à 3650 jours" });
            var result = await report.RunAsync(query);
            return Results.Text(AttributionOutput.ToJson(result.Result, result.Figures), "application/json");
        });
        app.MapGet("/api/reports/attribution.csv", async (string? from, string? to, int? lookback, AttributionReport report) =>
        {
            if (!ReportQuery.TryParse(from, to, lookback, out var query))
                return Results.BadRequest();
            var result = await report.RunAsync(query);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(AttributionOutput.ToCsv(result.Result, result.Figures)), "text/csv; charset=utf-8",
                $"attribution-{result.From:yyyy-MM-dd}-{result.To:yyyy-MM-dd}.csv");
        });
    }
}
