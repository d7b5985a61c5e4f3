using System.Globalization;
using System.Text;
using System.Text.Json;
using SocialKpi.Common;

namespace SocialKpi.Attribution;

/// <summary>
/// The report as JSON and CSV, the same for the command line, the web export and the API (format in
/// docs/attribution.md). Figures are invariant-culture numbers; conversions keep their fractions.
/// </summary>
public static class AttributionOutput
{
    private static readonly (AttributionModel Model, string Json, string Csv)[] ModelNames =
    [
        (AttributionModel.FirstTouch, "firstTouch", "first_touch"),
        (AttributionModel.LastTouch, "lastTouch", "last_touch"),
        (AttributionModel.Linear, "linear", "linear"),
        (AttributionModel.PositionBased, "positionBased", "position_based"),
        (AttributionModel.TimeDecay, "timeDecay", "time_decay"),
        (AttributionModel.Shapley, "shapley", "shapley"),
        (AttributionModel.Markov, "markov", "markov"),
    ];

    public static string ToJson(AttributionResult result, IReadOnlyDictionary<string, ChannelFigures>? figures = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("totalConversions", result.TotalConversions);
            json.WriteNumber("totalValue", Math.Round(result.TotalValue, 2));
            if (result.ConversionProbability is { } probability)
                json.WriteNumber("conversionProbability", probability);
            else
                json.WriteNull("conversionProbability");
            json.WriteStartArray("channels");
            foreach (var channel in result.Channels)
            {
                json.WriteStartObject();
                json.WriteString("channel", channel.Channel);
                foreach (var (model, name, _) in ModelNames)
                {
                    if (channel.ByModel.TryGetValue(model, out var credit))
                    {
                        json.WriteStartObject(name);
                        json.WriteNumber("conversions", credit.Conversions);
                        json.WriteNumber("value", Math.Round(credit.Value, 2));
                        json.WriteEndObject();
                    }
                    else
                    {
                        json.WriteNull(name);
                    }
                }
                if (figures?.GetValueOrDefault(channel.Channel) is { } extra)
                    WriteFigures(json, extra);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteFigures(Utf8JsonWriter json, ChannelFigures figures)
    {
        json.WriteNumber("prospects", figures.Prospects);
        WriteNullable(json, "conversionRate", figures.ConversionRate);
        json.WriteNumber("hoursSpent", Math.Round(figures.HoursSpent, 2));
        if (figures.RevenuePerHour is { } perHour)
            json.WriteNumber("revenuePerHour", Math.Round(perHour, 2));
        else
            json.WriteNull("revenuePerHour");
        WriteNullable(json, "medianDaysToConvert", figures.MedianDaysToConvert);
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
            json.WriteNumber(name, number);
        else
            json.WriteNull(name);
    }

    public static string ToCsv(AttributionResult result, IReadOnlyDictionary<string, ChannelFigures>? figures = null)
    {
        var csv = new StringBuilder();
        var header = new List<string> { "channel" };
        foreach (var (_, _, name) in ModelNames)
            header.AddRange([name + "_conversions", name + "_value"]);
        if (figures is not null)
            header.AddRange(["prospects", "conversion_rate", "hours_spent", "revenue_per_hour", "median_days_to_convert"]);
        csv.AppendLine(string.Join(',', header));
        foreach (var channel in result.Channels)
        {
            var cells = new List<string> { CsvText.Cell(channel.Channel) };
            foreach (var (model, _, _) in ModelNames)
            {
                var credit = channel.ByModel.TryGetValue(model, out var c) ? c : (Credit?)null;
                cells.Add(credit is { } x ? Number(x.Conversions) : "");
                cells.Add(credit is { } y ? Math.Round(y.Value, 2).ToString(CultureInfo.InvariantCulture) : "");
            }
            if (figures?.GetValueOrDefault(channel.Channel) is { } extra)
            {
                cells.Add(extra.Prospects.ToString(CultureInfo.InvariantCulture));
                cells.Add(extra.ConversionRate is { } rate ? Number(rate) : "");
                cells.Add(Number(Math.Round(extra.HoursSpent, 2)));
                cells.Add(extra.RevenuePerHour is { } perHour ? Math.Round(perHour, 2).ToString(CultureInfo.InvariantCulture) : "");
                cells.Add(extra.MedianDaysToConvert is { } days ? Number(days) : "");
            }
            csv.AppendLine(string.Join(',', cells));
        }
        return csv.ToString();
    }

    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>A model as JSON names it: "linear", "positionBased"…</summary>
    public static string JsonName(AttributionModel model) => ModelNames.First(m => m.Model == model).Json;

    /// <summary>A model from its JSON or CSV name, in any case.</summary>
    public static bool TryParseModel(string? name, out AttributionModel model)
    {
        var found = ModelNames.FirstOrDefault(m => string.Equals(m.Json, name, StringComparison.OrdinalIgnoreCase) || string.Equals(m.Csv, name, StringComparison.OrdinalIgnoreCase));
        model = found.Model;
        return found.Json is not null;
    }
}
