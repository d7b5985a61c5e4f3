using System.Globalization;
using System.Text;
using System.Text.Json;
using SocialKpi.Objectives;

namespace SocialKpi.Kpis;

/// <summary>The KPI board as JSON, the same for the command line and the web API (docs/objectives.md).</summary>
public static class KpiBoardOutput
{
    public static string ToJson(KpiBoardResult board)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("today", Day(board.Today));
            json.WriteStartArray("objectives");
            foreach (var status in board.Objectives)
            {
                var objective = status.Objective;
                json.WriteStartObject();
                json.WriteString("objective", Name(objective.Kind));
                json.WriteString("kpi", Name(objective.Metric));
                json.WriteNumber("target", Math.Round(objective.Goal, 6));
                json.WriteString("period", Name(objective.Period));
                json.WriteString("from", Day(status.Period.From));
                json.WriteString("to", Day(status.Period.To));
                json.WriteNumber("daysGone", status.SoFar.Days);
                json.WriteNumber("days", status.Period.Days);
                Number(json, "value", status.Headline.Value);
                json.WriteString("verdict", Name(status.Verdict));
                Number(json, "projection", status.Projection);
                json.WriteStartArray("kpis");
                foreach (var kpi in status.Kpis)
                {
                    json.WriteStartObject();
                    json.WriteString("kpi", Name(kpi.Metric));
                    Number(json, "value", kpi.Value);
                    Number(json, "previous", kpi.Previous.Value);
                    Number(json, "change", kpi.Change);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>camelCase, like the other JSON the app writes: "engagementRate", "onTrack".</summary>
    private static string Name<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    // Rates to four decimals like the channels report; money and counts to the cent.
    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
            json.WriteNumber(name, Math.Round(v, Math.Abs(v) < 1 ? 4 : 2));
        else
            json.WriteNull(name);
    }
}
