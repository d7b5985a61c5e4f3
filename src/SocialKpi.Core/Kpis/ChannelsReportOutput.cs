using System.Globalization;
using System.Text;
using System.Text.Json;
using SocialKpi.Attribution;
using SocialKpi.Common;

namespace SocialKpi.Kpis;

/// <summary>The channels report as JSON and CSV, the same for the command line and the web export (docs/channels-report.md).</summary>
public static class ChannelsReportOutput
{
    public static string ToJson(ChannelsReportResult report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("from", report.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("to", report.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("model", AttributionOutput.JsonName(report.Model));
            json.WriteStartArray("channels");
            foreach (var row in report.Channels)
            {
                json.WriteStartObject();
                json.WriteString("channel", row.Channel);
                Nullable(json, "followers", row.Followers);
                Nullable(json, "engagementRate", Round(row.EngagementRate));
                Nullable(json, "engagementRateByReach", Round(row.EngagementRateByReach));
                json.WriteNumber("prospects", row.Prospects);
                json.WriteNumber("clients", row.Clients);
                Nullable(json, "conversionRate", Round(row.ConversionRate));
                json.WriteNumber("revenue", row.Revenue);
                json.WriteNumber("hours", row.Hours);
                Nullable(json, "revenuePerHour", row.RevenuePerHour);
                Nullable(json, "costPerClient", row.CostPerClient);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string ToCsv(ChannelsReportResult report)
    {
        var csv = new StringBuilder("channel,followers,engagement_rate,engagement_rate_by_reach,prospects,clients,conversion_rate,revenue,hours,revenue_per_hour,cost_per_client\n");
        foreach (var row in report.Channels)
        {
            csv.AppendJoin(',',
                CsvText.Cell(row.Channel), Text(row.Followers), Text(Round(row.EngagementRate)), Text(Round(row.EngagementRateByReach)),
                Text(row.Prospects), Text(row.Clients), Text(Round(row.ConversionRate)), Text(row.Revenue), Text(row.Hours),
                Text(row.RevenuePerHour), Text(row.CostPerClient));
            csv.Append('\n');
        }
        return csv.ToString();
    }

    // Rates keep four decimals (0.0412 is 4.12 %): enough for any display, stable in tests.
    private static double? Round(double? rate) => rate is { } r ? Math.Round(r, 4) : null;

    private static string Text<T>(T? value) where T : struct, IFormattable => value?.ToString(null, CultureInfo.InvariantCulture) ?? "";

    private static string Text<T>(T value) where T : struct, IFormattable => value.ToString(null, CultureInfo.InvariantCulture);

    private static void Nullable(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }

    private static void Nullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }

    private static void Nullable(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }
}
