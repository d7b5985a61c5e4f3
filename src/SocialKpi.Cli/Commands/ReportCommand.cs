using System.CommandLine;
using SocialKpi.Attribution;
using SocialKpi.Common;

namespace SocialKpi.Cli.Commands;

/// <summary><c>socialkpi report attribution</c>: the channel attribution report of the configured database.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = "First day of the period, yyyy-MM-dd (default: a year before --to)." };
        var to = new Option<string?>("--to") { Description = "Day after the period, yyyy-MM-dd (default: tomorrow)." };
        var lookback = new Option<int?>("--lookback-days")
        {
            Description = "Touches counted before a conversion, in days (default: the workspace's setting, 90 unless changed).",
        };
        lookback.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1 or > AttributionSettings.MaxLookbackDays)
                r.AddError("--lookback-days must be between 1 and 3650. / --lookback-days doit être compris entre 1 et 3650.");
        });
        var model = new Option<string>("--revenue-model")
        {
            Description = "Model whose revenue revenuePerHour divides: firstTouch, lastTouch, linear, positionBased, timeDecay, shapley, markov.",
            DefaultValueFactory = _ => "linear",
        };

        var attribution = new Command("attribution", "Channel attribution of the database's journeys, under seven models. / Attribution des canaux.")
        {
            from, to, lookback, model, AttributionCommand.Format,
        };
        CliDatabase.AddOptionsTo(attribution);
        attribution.SetAction((parseResult, cancellationToken) => CliDatabase.RunReadOnlyAsync(parseResult, async connection =>
        {
            if (!Days.TryParseOptional(parseResult.GetValue(from), out var fromDay) || !Days.TryParseOptional(parseResult.GetValue(to), out var toDay))
            {
                await Console.Error.WriteLineAsync("Dates are yyyy-MM-dd, such as 2026-01-31. / Les dates s'écrivent aaaa-MM-jj, comme 2026-01-31.");
                return 1;
            }
            if (!Enum.TryParse<AttributionModel>(parseResult.GetValue(model), ignoreCase: true, out var revenueModel))
            {
                await Console.Error.WriteLineAsync("Unknown --revenue-model. / --revenue-model inconnu.");
                return 1;
            }
            var report = new AttributionReport(connection, TimeProvider.System);
            var result = await report.RunAsync(new AttributionQuery { From = fromDay, To = toDay, LookbackDays = parseResult.GetValue(lookback), RevenueModel = revenueModel }, cancellationToken);
            Console.Out.Write(parseResult.GetValue(AttributionCommand.Format) == "csv"
                ? AttributionOutput.ToCsv(result.Result, result.Figures)
                : AttributionOutput.ToJson(result.Result, result.Figures) + Environment.NewLine);
            return 0;
        }));
        return new Command("report", "Reports on the configured database. / Rapports sur la base.") { attribution };
    }
}
