using System.CommandLine;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Data;

namespace SocialKpi.Cli.Commands;

/// <summary>
/// <c>socialkpi migrate --from "Data Source=app.db" --to-provider postgres --to "Host=…"</c>: moves
/// a whole workspace to another database, the way out of the embedded default (docs/cli.md).
/// </summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "Connection string of the workspace to move.", Required = true };
        var fromProvider = new Option<string>("--from-provider") { Description = "Its provider: sqlite or postgres.", DefaultValueFactory = _ => "sqlite" };
        var to = new Option<string>("--to") { Description = "Connection string of the new database (it must exist and be empty).", Required = true };
        var toProvider = new Option<string>("--to-provider") { Description = "Its provider: sqlite or postgres.", Required = true };
        var command = new Command("migrate", "Move a whole workspace to another database, such as PostgreSQL. / Déplace tout un espace de travail vers une autre base, comme PostgreSQL.")
        {
            from, fromProvider, to, toProvider,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            try
            {
                await using var source = Open(DatabaseSetup.ParseProvider(parseResult.GetValue(fromProvider)), parseResult.GetValue(from)!);
                await using var target = Open(DatabaseSetup.ParseProvider(parseResult.GetValue(toProvider)), parseResult.GetValue(to)!);
                // The source is brought to this version's schema, as the app would at start-up; the
                // target gets the schema only: the copy brings its channels, stages and settings.
                await source.Database.MigrateAsync(cancellationToken);
                await target.Database.MigrateAsync(cancellationToken);
                var copied = await WorkspaceCopy.CopyAsync(source, target, cancellationToken);
                foreach (var (table, rows) in copied.Tables.Where(t => t.Rows > 0))
                    Console.WriteLine($"{table}\t{rows}");
                Console.WriteLine($"Moved {copied.Tables.Sum(t => t.Rows):N0} rows in {copied.Tables.Count} tables. / {copied.Tables.Sum(t => t.Rows):N0} lignes déplacées.");
                return 0;
            }
            catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException or DbException or DbUpdateException)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 1;
            }
        });
        return command;
    }

    private static SocialKpiDbContext Open(DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Sqlite)
            DatabaseFile.Prepare(connectionString, mayCreateFolder: false);
        var options = new DbContextOptionsBuilder<SocialKpiDbContext>();
        DatabaseSetup.Configure(options, provider, connectionString);
        return new SocialKpiDbContext(options.Options);
    }
}
