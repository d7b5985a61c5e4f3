using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Data;
using SocialKpi.Demo;

namespace SocialKpi.Cli.Commands;

internal static class SeedDemoCommand
{
    public static Command Create()
    {
        var prospects = new Option<int>("--prospects")
        {
            Description = "How many demo prospects to add.",
            DefaultValueFactory = _ => 500,
        };
        prospects.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 1_000_000)
                result.AddError("--prospects must be between 1 and 1,000,000. / --prospects doit être compris entre 1 et 1 000 000.");
        });
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the generator: the same seed on an empty database gives the same workspace.",
            DefaultValueFactory = _ => 42,
        };

        var command = new Command("seed-demo", "Fill the database with a realistic demo workspace. / Remplit la base avec un espace de démonstration réaliste.")
        {
            prospects,
            seed,
        };
        CliDatabase.AddOptionsTo(command);
        command.SetAction((parseResult, cancellationToken) => CliDatabase.RunAsync(parseResult, async services =>
        {
            var seeder = new DemoSeeder(services.GetRequiredService<SocialKpiDbContext>(), services.GetRequiredService<TimeProvider>());
            var result = await seeder.SeedAsync(parseResult.GetValue(prospects), parseResult.GetValue(seed), cancellationToken);
            Console.WriteLine(
                $"Added {result.Prospects} prospects, {result.StageChanges} stage changes, {result.Activities} activities, {result.Consents} consents and {result.Sales} sales in {result.Elapsed.TotalSeconds:0.0} s.");
            return 0;
        }));
        return command;
    }
}
