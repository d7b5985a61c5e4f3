using System.CommandLine;
using SocialKpi.Attribution;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Kpis;

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
            var report = new AttributionReport(connection, CliDatabase.Clock);
            var result = await report.RunAsync(new AttributionQuery { From = fromDay, To = toDay, LookbackDays = parseResult.GetValue(lookback), RevenueModel = revenueModel }, cancellationToken);
            Console.Out.Write(parseResult.GetValue(AttributionCommand.Format) == "csv"
                ? AttributionOutput.ToCsv(result.Result, result.Figures)
                : AttributionOutput.ToJson(result.Result, result.Figures) + Environment.NewLine);
            return 0;
        }));
        return new Command("report", "Reports on the configured database. / Rapports sur la base.") { attribution, Channels(), Kpis() };
    }

    /// <summary><c>socialkpi report channels</c>: "likes are not revenue", per channel (docs/channels-report.md).</summary>
    private static Command Channels()
    {
        var from = new Option<string?>("--from") { Description = "First day of the period, yyyy-MM-dd (default: a year before --to)." };
        var to = new Option<string?>("--to") { Description = "Day after the period, yyyy-MM-dd (default: tomorrow)." };
        var model = new Option<string>("--model")
        {
            Description = "Attribution model of the revenue: firstTouch, lastTouch, linear, positionBased, timeDecay, shapley, markov.",
            DefaultValueFactory = _ => "linear",
        };
        var rate = new Option<string?>("--hourly-rate") { Description = "Euros per hour for cost per client (default: the workspace's setting)." };
        var format = new Option<string>("--format") { Description = "json or csv.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var command = new Command("channels", "Per channel: followers and engagement beside clients, revenue and what an hour earns. / Par canal : abonnés et engagement face aux clients, au chiffre d'affaires et au gain par heure.")
        {
            from, to, model, rate, format,
        };
        CliDatabase.AddOptionsTo(command);
        command.SetAction((parseResult, cancellationToken) => CliDatabase.RunAsync(parseResult, async services =>
        {
            if (!Days.TryParseOptional(parseResult.GetValue(from), out var fromDay) || !Days.TryParseOptional(parseResult.GetValue(to), out var toDay)
                || (fromDay is { } f && toDay is { } t && f >= t))
            {
                await Console.Error.WriteLineAsync("Dates are yyyy-MM-dd, such as 2026-01-31, with --from before --to. / Les dates s'écrivent aaaa-MM-jj, comme 2026-01-31, --from avant --to.");
                return 1;
            }
            if (!AttributionOutput.TryParseModel(parseResult.GetValue(model), out var revenueModel))
            {
                await Console.Error.WriteLineAsync("Unknown --model: firstTouch, lastTouch, linear, positionBased, timeDecay, shapley or markov. / --model inconnu.");
                return 1;
            }
            if (!Amount.TryParse(parseResult.GetValue(rate), out var hourlyRate) || hourlyRate < 0)
            {
                await Console.Error.WriteLineAsync("--hourly-rate is an amount in euros, such as 45 or 37.50. / --hourly-rate est un montant en euros, comme 45 ou 37,50.");
                return 1;
            }
            var report = await new ChannelsReport(services.GetRequiredService<SocialKpiDbContext>(), services.GetRequiredService<TimeProvider>())
                .RunAsync(fromDay, toDay, revenueModel, hourlyRate, cancellationToken);
            Console.Out.Write(parseResult.GetValue(format) == "csv" ? ChannelsReportOutput.ToCsv(report) : ChannelsReportOutput.ToJson(report) + Environment.NewLine);
            return 0;
        }));
        return command;
    }

    /// <summary><c>socialkpi report kpis</c>: each objective's KPIs, this period so far against the same days of the last (docs/objectives.md).</summary>
    private static Command Kpis()
    {
        var command = new Command("kpis", "Each objective's KPIs against its target and the previous period. / Les KPI de chaque objectif face à sa cible et à la période précédente.");
        CliDatabase.AddOptionsTo(command);
        command.SetAction((parseResult, cancellationToken) => CliDatabase.RunAsync(parseResult, async services =>
        {
            var (db, clock) = (services.GetRequiredService<SocialKpiDbContext>(), services.GetRequiredService<TimeProvider>());
            var board = await new KpiBoard(new Objectives.ObjectiveService(db, clock), new KpiFigures(db, clock), clock).RunAsync(cancellationToken);
            Console.Out.Write(KpiBoardOutput.ToJson(board) + Environment.NewLine);
            return 0;
        }));
        return command;
    }
}
