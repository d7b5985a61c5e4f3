using System.Globalization;
using System.Text;
using SocialKpi.Attribution;
using SocialKpi.Common;
using SocialKpi.Exporting;
using SocialKpi.Kpis;
using SocialKpi.TimeSpent;
using SocialKpi.Web.Infrastructure;

namespace SocialKpi.Web.Features.Reports;

/// <summary>The reports as JSON (for a signed-in user's tools) and as CSV downloads.</summary>
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
            return Results.File(CsvText.Utf8WithBom(AttributionOutput.ToCsv(result.Result, result.Figures)), "text/csv; charset=utf-8",
                $"attribution-{result.From:yyyy-MM-dd}-{result.To:yyyy-MM-dd}.csv");
        }).AuditedAsExport();
        app.MapGet("/api/reports/channels", async (string? from, string? to, string? model, ChannelsReport report) =>
        {
            if (!ChannelsQuery.TryParse(from, to, model, out var query))
                return Results.BadRequest(new { error = "from and to are yyyy-MM-dd with from < to; model is one of firstTouch, lastTouch, linear, positionBased, timeDecay, shapley, markov / from et to au format aaaa-MM-jj, from < to ; model parmi firstTouch, lastTouch, linear, positionBased, timeDecay, shapley, markov" });
            var result = await report.RunAsync(query.From, query.To, query.Model);
            return Results.Text(ChannelsReportOutput.ToJson(result), "application/json");
        });
        app.MapGet("/api/reports/channels.csv", async (string? from, string? to, string? model, ChannelsReport report) =>
        {
            if (!ChannelsQuery.TryParse(from, to, model, out var query))
                return Results.BadRequest();
            var result = await report.RunAsync(query.From, query.To, query.Model);
            return Results.File(CsvText.Utf8WithBom(ChannelsReportOutput.ToCsv(result)), "text/csv; charset=utf-8",
                $"channels-{result.From:yyyy-MM-dd}-{result.To:yyyy-MM-dd}.csv");
        }).AuditedAsExport();
        app.MapGet("/api/reports/kpis", async (KpiBoard board) => Results.Text(KpiBoardOutput.ToJson(await board.RunAsync()), "application/json"));
        app.MapGet("/api/reports/kpis.csv", async (KpiBoard board) => Csv(ReportCsv.KpiBoard(await board.RunAsync()), "kpis.csv")).AuditedAsExport();
        app.MapGet("/api/reports/rings.csv", async (RingsReport report) => Csv(ReportCsv.Rings(await report.RunAsync()), "rings.csv")).AuditedAsExport();
        app.MapGet("/api/reports/fit.csv", async (FitReport report) => Csv(ReportCsv.Fit(await report.RunAsync()), "fit.csv")).AuditedAsExport();
        app.MapGet("/api/reports/conversion.csv", async (Overview overview) => Csv(ReportCsv.ConversionBySource(await overview.ConversionBySourceAsync(null, null)), "conversion-by-source.csv")).AuditedAsExport();
        app.MapGet("/api/time.csv", async (TimeEntries entries, TimeProvider clock) =>
        {
            // The time page's list: the last 30 days, today included.
            var today = clock.Today();
            return Csv(ReportCsv.TimeEntries(await entries.ListAsync(today.AddDays(-29), today.AddDays(1))), "time-spent.csv");
        }).AuditedAsExport();
        app.MapGet("/api/reports/funnel.csv", async (string? from, string? to, Funnel funnel, TimeProvider clock) =>
        {
            if (!FunnelPeriod.TryParse(from, to, out var period))
                return Results.BadRequest();
            var views = await funnel.OverallAndBySourceAsync(period.FromUtc(clock), period.ToUtc(clock));
            return Results.File(CsvText.Utf8WithBom(FunnelCsv(views)), "text/csv; charset=utf-8", "funnel.csv");
        }).AuditedAsExport();
    }

    private static IResult Csv(string csv, string fileName) => Results.File(CsvText.Utf8WithBom(csv), "text/csv; charset=utf-8", fileName);

    /// <summary>One row per channel (the first for all channels) and stage: reached, went further, median days.</summary>
    internal static string FunnelCsv(IReadOnlyList<FunnelView> views)
    {
        var csv = new StringBuilder("channel,stage,reached,went_further,conversion_to_next,median_days_in_stage\n");
        foreach (var view in views)
        {
            foreach (var step in view.Steps)
            {
                csv.Append(CsvText.Cell(view.Channel ?? "(all)")).Append(',').Append(CsvText.Cell(step.Stage)).Append(',')
                    .Append(step.Reached.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(step.WentFurther.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(step.ConversionToNext?.ToString("0.####", CultureInfo.InvariantCulture)).Append(',')
                    .Append(step.MedianDaysInStage?.ToString("0.#", CultureInfo.InvariantCulture)).Append('\n');
            }
        }
        return csv.ToString();
    }
}
