using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Data;
using SocialKpi.Privacy;

namespace SocialKpi.Cli.Commands;

/// <summary>
/// <c>socialkpi privacy export|erase --prospect ID|REF</c>: answering a person's request to see
/// or erase their data (GDPR articles 15 and 17), as the workspace itself.
/// </summary>
internal static class PrivacyCommand
{
    public static Command Create()
    {
        var privacy = new Command("privacy", "A person's rights: export or erase their data. / Droits d'une personne : exporter ou effacer ses données.");
        privacy.Subcommands.Add(Export());
        privacy.Subcommands.Add(Erase());
        return privacy;
    }

    private static Command Export()
    {
        var prospect = new Option<string>("--prospect") { Description = "The prospect's id (42 or #42) or ref.", Required = true };
        var command = new Command("export", "Write everything held about one prospect as JSON on the standard output. / Écrit en JSON tout ce qui est conservé sur un prospect.") { prospect };
        CliDatabase.AddOptionsTo(command);
        command.SetAction((parseResult, cancellationToken) => CliDatabase.RunAsync(parseResult, async services =>
        {
            var data = new PersonalData(services.GetRequiredService<SocialKpiDbContext>(), services.GetRequiredService<TimeProvider>());
            var given = parseResult.GetValue(prospect)!;
            if (await data.FindAsync(given, cancellationToken) is not { } id)
                return await UnknownAsync(given);
            Console.WriteLine(await data.ExportAsync(id, actorId: null, cancellationToken));
            return 0;
        }));
        return command;
    }

    private static Command Erase()
    {
        var prospects = new Option<string[]>("--prospect") { Description = "The prospect's id (42 or #42) or ref; repeat for several.", Required = true, Arity = ArgumentArity.OneOrMore };
        var command = new Command("erase", "Remove the prospects' personal data for good; figures and reports stay. / Efface pour de bon les données personnelles ; les chiffres restent.") { prospects };
        CliDatabase.AddOptionsTo(command);
        command.SetAction((parseResult, cancellationToken) => CliDatabase.RunAsync(parseResult, async services =>
        {
            var db = services.GetRequiredService<SocialKpiDbContext>();
            var clock = services.GetRequiredService<TimeProvider>();
            var data = new PersonalData(db, clock);
            var ids = new List<int>();
            foreach (var given in parseResult.GetValue(prospects)!)
            {
                if (await data.FindAsync(given, cancellationToken) is not { } id)
                    return await UnknownAsync(given);
                ids.Add(id);
            }
            var result = await new Erasure(db, clock).EraseAsync(ids, actorId: null, cancellationToken);
            if (result.Error is { } error)
            {
                await Console.Error.WriteLineAsync(error);
                return 1;
            }
            Console.WriteLine($"Erased {result.Erased.Count} prospect(s); their figures stay in the reports. / {result.Erased.Count} prospect(s) effacé(s) ; leurs chiffres restent dans les rapports.");
            if (!result.FilesClean)
                Console.WriteLine("Another program is reading the database: the erased values leave its files at the next checkpoint or vacuum. / Un autre programme lit la base : les valeurs effacées quitteront ses fichiers au prochain point de contrôle ou vacuum.");
            return 0;
        }));
        return command;
    }

    private static async Task<int> UnknownAsync(string given)
    {
        await Console.Error.WriteLineAsync($"No prospect has the id or ref {given}; nothing was done. / Aucun prospect n'a l'identifiant ou la référence {given} ; rien n'a été fait.");
        return 1;
    }
}
