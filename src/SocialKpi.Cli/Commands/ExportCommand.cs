using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Exporting;
using SocialKpi.Prospects;

namespace SocialKpi.Cli.Commands;

/// <summary>
/// <c>socialkpi export prospects|activities|sales FILE</c>: the matching import's columns, so that a
/// workspace moves to another by exporting and importing the three files in that order.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var export = new Command("export", "Export to CSV files that `socialkpi import` reads back. / Exporte en CSV relisibles par `socialkpi import`.");
        export.Subcommands.Add(Verb("prospects", (e, csv, token) => e.ProspectsAsync(csv, cancellationToken: token)));
        export.Subcommands.Add(Verb("activities", (e, csv, token) => e.ActivitiesAsync(csv, token)));
        export.Subcommands.Add(Verb("sales", (e, csv, token) => e.SalesAsync(csv, token)));
        return export;
    }

    private static Command Verb(string name, Func<WorkspaceExport, TextWriter, CancellationToken, Task<int>> write)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The CSV file to write (UTF-8 with a BOM); an existing file is replaced." };
        var command = new Command(name, $"Write the {name} as `socialkpi import {name}` reads them.") { file };
        CliDatabase.AddOptionsTo(command);
        command.SetAction((parseResult, cancellationToken) => CliDatabase.RunAsync(parseResult, async services =>
        {
            var path = parseResult.GetValue(file)!;
            if (path.Directory is { Exists: false } folder)
            {
                await Console.Error.WriteLineAsync($"No such folder: {folder.FullName} / Dossier introuvable : {folder.FullName}");
                return 1;
            }
            var db = services.GetRequiredService<SocialKpiDbContext>();
            var export = new WorkspaceExport(db, new ProspectSearch(db), services.GetRequiredService<TimeProvider>());
            // Written beside the target, then moved over it: a failed export never leaves half a file.
            var partial = path.FullName + ".partial";
            int rows;
            await using (var csv = new StreamWriter(partial, append: false, CsvText.Utf8Bom))
                rows = await write(export, csv, cancellationToken);
            File.Move(partial, path.FullName, overwrite: true);
            Console.WriteLine($"Exported {rows} {name} to {path.FullName}. / {rows} ligne(s) exportée(s) dans {path.FullName}.");
            return 0;
        }));
        return command;
    }
}
