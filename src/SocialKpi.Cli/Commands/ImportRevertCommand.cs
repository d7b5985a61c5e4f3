using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Data;
using SocialKpi.Importing;

namespace SocialKpi.Cli.Commands;

/// <summary><c>socialkpi import list</c> and <c>socialkpi import revert ID</c>: the imports done, and undoing one.</summary>
internal static class ImportRevertCommand
{
    public static Command List()
    {
        var command = new Command("list", "The latest imports, newest first, with what each created and filled. / Les derniers imports.");
        CliDatabase.AddOptionsTo(command);
        command.SetAction((parseResult, cancellationToken) => CliDatabase.RunAsync(parseResult, async services =>
        {
            var clock = services.GetRequiredService<TimeProvider>();
            foreach (var line in await Imports(services).ListAsync(cancellationToken: cancellationToken))
            {
                var at = TimeZoneInfo.ConvertTimeFromUtc(line.ImportedAt, clock.LocalTimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                var reverted = line.RevertedAt is null ? "" : " (reverted / annulé)";
                Console.WriteLine($"{line.Id}\t{at}\t{line.Source.ToString().ToLowerInvariant()}\t{line.Name}\t{line.Created} created, {line.Filled} filled, {line.Skipped} skipped{reverted}");
            }
            return 0;
        }));
        return command;
    }

    public static Command Revert()
    {
        var id = new Argument<int>("ID") { Description = "The import's number, as `socialkpi import list` shows it." };
        var command = new Command("revert", "Remove what an import created and empty what it filled, unless its prospects were worked on since. / Annule un import.") { id };
        CliDatabase.AddOptionsTo(command);
        command.SetAction((parseResult, cancellationToken) => CliDatabase.RunAsync(parseResult, async services =>
        {
            var result = await Imports(services).RevertAsync(parseResult.GetValue(id), actorId: null, cancellationToken);
            if (result.Error is { } error)
            {
                await Console.Error.WriteLineAsync(error);
                return 1;
            }
            Console.WriteLine($"Import {parseResult.GetValue(id)} reverted. / Import {parseResult.GetValue(id)} annulé.");
            return 0;
        }));
        return command;
    }

    public static string HowToRevert(int batch) =>
        $"Import {batch}: undo it with `socialkpi import revert {batch}`. / Import {batch} : annulez-le avec `socialkpi import revert {batch}`.";

    public static string Describe(DuplicateGroup group) =>
        $"duplicates, lines {string.Join(", ", group.Lines)}: {group.Match}" + (group.ExistingId is { } existing ? $" (#{existing} {group.ExistingName})" : "");

    private static PastImports Imports(IServiceProvider services) =>
        new(services.GetRequiredService<SocialKpiDbContext>(), services.GetRequiredService<TimeProvider>());
}
