using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Auditing;
using SocialKpi.Data;
using SocialKpi.Importing;

namespace SocialKpi.Cli.Commands;

/// <summary><c>socialkpi import prospects|activities|sales|snapshots|time FILE</c>: a spreadsheet's past, all or nothing; <c>import linkedin|instagram FILE</c>: a network's export.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Import history from CSV files (header row, ISO 8601 times). / Importe un historique CSV.");
        import.Subcommands.Add(Verb("prospects", "ref,name,email,phone,handle,source_channel,created_at,ring,stage", (services, file, options, token) => History(services).ProspectsAsync(file, options, token)));
        import.Subcommands.Add(Verb("activities", "prospect_ref,occurred_at,channel,kind,direction,duration_minutes,summary", (services, file, options, token) => History(services).ActivitiesAsync(file, options, token)));
        import.Subcommands.Add(Verb("sales", "prospect_ref,sold_at,amount,note", (services, file, options, token) => History(services).SalesAsync(file, options, token)));
        import.Subcommands.Add(Verb("snapshots", string.Join(',', SocialImporter.SnapshotColumns), (services, file, options, token) => Social(services).SnapshotsAsync(file, options, token)));
        import.Subcommands.Add(Verb("time", string.Join(',', SocialImporter.TimeColumns), noun: "time entries", (services, file, options, token) => Social(services).TimeAsync(file, options, token)));
        import.Subcommands.Add(Network("linkedin", "LinkedIn's Connections.csv (Settings > Data privacy > Get a copy of your data).", (importer, text, options, token) => importer.LinkedInAsync(text, options, token)));
        import.Subcommands.Add(Network("instagram", "Instagram's followers_1.json (Accounts Centre > Download your information, JSON).", (importer, text, options, token) => importer.InstagramAsync(text, options, token)));
        import.Subcommands.Add(ImportRevertCommand.List());
        import.Subcommands.Add(ImportRevertCommand.Revert());
        return import;
    }

    /// <summary>A network's own export: the people it describes well come in, the others are listed with the reason.</summary>
    private static Command Network(string name, string description, Func<NetworkImporter, string, ImportOptions, CancellationToken, Task<NetworkImportResult>> run)
    {
        var file = new Argument<FileInfo>("FILE") { Description = description };
        var dryRun = new Option<bool>("--dry-run") { Description = "Count who would be added, known or refused; write nothing." };
        var command = new Command(name, description) { file, dryRun };
        CliDatabase.AddOptionsTo(command);
        command.SetAction((parseResult, cancellationToken) => CliDatabase.RunAsync(parseResult, async services =>
        {
            if (await ReadAsync(parseResult.GetValue(file)!, cancellationToken) is not { } decoded)
                return 1;
            var importer = new NetworkImporter(services.GetRequiredService<SocialKpiDbContext>(), services.GetRequiredService<TimeProvider>());
            var result = await run(importer, decoded.Text, new ImportOptions { DryRun = parseResult.GetValue(dryRun), FileName = parseResult.GetValue(file)!.Name }, cancellationToken);
            if (result.FileError is { } error)
            {
                await Console.Error.WriteLineAsync(error);
                return 1;
            }
            foreach (var refusal in result.Refused)
                await Console.Error.WriteLineAsync($"{refusal.Line}: {refusal.Reason}");
            var verb = result.Written || result.Added == 0 ? ("added", "ajouté(s)") : ("to add (dry run)", "à ajouter (essai)");
            Console.WriteLine($"{result.Added} {verb.Item1}, {result.Known} already known, {result.Refused.Count} refused. / {result.Added} {verb.Item2}, {result.Known} déjà connu(s), {result.Refused.Count} refusé(s).");
            if (result.BatchId is { } batch)
                Console.WriteLine(ImportRevertCommand.HowToRevert(batch));
            return 0;
        }));
        return command;
    }

    private static HistoryImporter History(IServiceProvider services) =>
        new(services.GetRequiredService<SocialKpiDbContext>(), services.GetRequiredService<TimeProvider>());

    private static SocialImporter Social(IServiceProvider services) =>
        new(services.GetRequiredService<SocialKpiDbContext>(), services.GetRequiredService<TimeProvider>());

    private static Command Verb(string name, string columns, Func<IServiceProvider, TextReader, ImportOptions, CancellationToken, Task<ImportResult>> run) =>
        Verb(name, columns, name, run);

    private static Command Verb(string name, string columns, string noun, Func<IServiceProvider, TextReader, ImportOptions, CancellationToken, Task<ImportResult>> run)
    {
        var file = new Argument<FileInfo>("FILE") { Description = $"CSV file with the columns {columns}." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check every row and report; write nothing." };
        var createChannels = new Option<bool>("--create-channels") { Description = "Add unknown channels to the catalogue instead of refusing their rows." };
        var duplicates = new Option<DuplicateChoice>("--duplicates")
        {
            Description = "Prospects only: rows sharing an e-mail, phone or handle with a prospect or another row are created (default), skipped, or fill the kept prospect's empty fields.",
            DefaultValueFactory = _ => DuplicateChoice.Create,
        };
        var command = new Command(name, $"Columns: {columns}.") { file, dryRun, createChannels };
        if (name == "prospects")
            command.Options.Add(duplicates);
        CliDatabase.AddOptionsTo(command);
        command.SetAction((parseResult, cancellationToken) => CliDatabase.RunAsync(parseResult, async services =>
        {
            if (await ReadAsync(parseResult.GetValue(file)!, cancellationToken) is not { } decoded)
                return 1;
            using var reader = new StringReader(decoded.Text);
            var options = new ImportOptions
            {
                DryRun = parseResult.GetValue(dryRun),
                CreateChannels = parseResult.GetValue(createChannels),
                FileName = parseResult.GetValue(file)!.Name,
                Duplicates = name == "prospects" ? parseResult.GetValue(duplicates) : DuplicateChoice.Create,
            };
            var result = await run(services, reader, options, cancellationToken);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                    await Console.Error.WriteLineAsync($"line {error.Line}, {error.Column}: {error.Message}");
                await Console.Error.WriteLineAsync($"{result.Errors.Count} error(s) in {result.Rows} row(s): nothing was written. / {result.Errors.Count} erreur(s) sur {result.Rows} ligne(s) : rien n'a été écrit.");
                await Console.Error.WriteLineAsync(decoded.Description);
                return 1;
            }
            // Imports with a record are audited with it; snapshots and time have none.
            if (result.Written && result.BatchId is null)
                await RecordAsync(services, name, parseResult.GetValue(file)!, result.Rows);
            foreach (var group in result.Duplicates)
                Console.WriteLine(ImportRevertCommand.Describe(group));
            Console.WriteLine(result.Written
                ? $"Imported {result.Rows} {noun}. / {result.Rows} ligne(s) importée(s)."
                : $"Dry run: {result.Rows} {noun} checked, all valid; nothing written. / Essai : {result.Rows} ligne(s) vérifiée(s), toutes valides ; rien n'a été écrit.");
            if (result.Written && result.Duplicates.Count > 0)
                Console.WriteLine($"{result.Created} created, {result.Filled} existing filled in, {result.Skipped} duplicate row(s) left out. / {result.Created} créé(s), {result.Filled} existant(s) complété(s), {result.Skipped} doublon(s) écarté(s).");
            Console.WriteLine(decoded.Description);
            if (result.BatchId is { } batch)
                Console.WriteLine(ImportRevertCommand.HowToRevert(batch));
            return 0;
        }));
        return command;
    }

    private static Task RecordAsync(IServiceProvider services, string kind, FileInfo file, int rows) =>
        services.GetRequiredService<AuditTrail>().RecordAsync(AuditAction.Imported, userId: null, detail: $"{kind}: {file.Name}, {rows} row(s)");

    /// <summary>The file decoded (UTF-8, UTF-16 or Windows-1252), or null after saying it does not exist.</summary>
    private static async Task<ImportFile?> ReadAsync(FileInfo path, CancellationToken cancellationToken)
    {
        if (!path.Exists)
        {
            await Console.Error.WriteLineAsync($"No such file: {path.FullName} / Fichier introuvable : {path.FullName}");
            return null;
        }
        return ImportFile.Decode(await File.ReadAllBytesAsync(path.FullName, cancellationToken));
    }
}
