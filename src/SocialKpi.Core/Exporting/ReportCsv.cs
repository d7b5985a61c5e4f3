using System.Globalization;
using System.Text;
using SocialKpi.Common;
using SocialKpi.Kpis;
using SocialKpi.TimeSpent;

namespace SocialKpi.Exporting;

/// <summary>
/// The reports of the app as CSV, one row per line on screen: invariant numbers (rates as ratios,
/// 0.25 for 25 %), empty cells for "no data", text neutralised by <see cref="CsvText"/>.
/// </summary>
public static class ReportCsv
{
    public static string Rings(RingsReportResult report)
    {
        var csv = new StringBuilder("ring,prospects,contacted,contacted_share,clients,conversion_rate,hours,revenue,revenue_per_hour\n");
        foreach (var ring in report.Rings)
            Line(csv, CsvText.Name(ring.Ring), Int(ring.Prospects), Int(ring.Contacted), Ratio(ring.ContactedShare), Int(ring.Clients),
                Ratio(ring.ConversionRate), Num(Math.Round(ring.Hours, 2)), Money(ring.Revenue), Money(ring.RevenuePerHour));
        return csv.ToString();
    }

    public static string Fit(IReadOnlyList<FitBand> bands)
    {
        var csv = new StringBuilder("fit_from_percent,fit_to_percent,prospects,clients,conversion_rate\n");
        foreach (var band in bands)
            Line(csv, Int(band.FromPercent), Int(band.ToPercent), Int(band.Prospects), Int(band.Clients), Ratio(band.ConversionRate));
        return csv.ToString();
    }

    public static string ConversionBySource(IReadOnlyList<ChannelConversion> rows)
    {
        var csv = new StringBuilder("channel,prospects,clients,conversion_rate\n");
        foreach (var row in rows)
            Line(csv, CsvText.Cell(row.Channel), Int(row.Prospects), Int(row.Clients), Ratio(row.ConversionRate));
        return csv.ToString();
    }

    /// <summary>One row per KPI of each objective: the headline first, as the board shows it.</summary>
    public static string KpiBoard(KpiBoardResult board)
    {
        var csv = new StringBuilder("objective,period_from,period_to,days_gone,days,kpi,target,value,previous,change,verdict,projection\n");
        foreach (var status in board.Objectives)
        {
            var objective = status.Objective;
            var readings = status.Kpis.Any(k => k.Metric == objective.Metric) ? status.Kpis : [status.Headline, .. status.Kpis];
            foreach (var kpi in readings.OrderBy(k => k.Metric != objective.Metric))
            {
                var headline = kpi.Metric == objective.Metric;
                Line(csv, CsvText.Name(objective.Kind), Day(status.Period.From), Day(status.Period.To), Int(status.SoFar.Days), Int(status.Period.Days),
                    CsvText.Name(kpi.Metric), headline ? Num(Math.Round(objective.Goal, 6)) : "", Num(kpi.Value), Num(kpi.Previous.Value), Num(kpi.Change),
                    headline ? CsvText.Name(status.Verdict) : "", headline ? Num(status.Projection) : "");
            }
        }
        return csv.ToString();
    }

    public static string TimeEntries(IReadOnlyList<TimeEntryRow> entries)
    {
        var csv = new StringBuilder("channel,date,minutes,note\n");
        foreach (var entry in entries)
            Line(csv, CsvText.Cell(entry.Channel), Day(entry.Date), Int(entry.Minutes), CsvText.Cell(entry.Note));
        return csv.ToString();
    }

    private static void Line(StringBuilder csv, params string[] cells) => csv.Append(string.Join(',', cells)).Append('\n');

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Num(double? value) => value is { } v ? Math.Round(v, 6).ToString(CultureInfo.InvariantCulture) : "";

    private static string Ratio(double? value) => Num(value);

    private static string Money(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
