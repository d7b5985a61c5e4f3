using System.CommandLine;
using SocialKpi.Data;

namespace SocialKpi.Cli.Commands;

/// <summary>socialkpi backup --to FILE and socialkpi restore --from FILE, safe while the app runs.</summary>
internal static class BackupCommands
{
    public static Command Backup()
    {
        var to = new Option<string>("--to") { Description = "The backup file to write (it must not exist yet).", Required = true };
        var command = new Command("backup", "Copy the database consistently, even while the app writes. / Sauvegarde la base, même pendant que l'application écrit.") { to };
        CliDatabase.AddOptionsTo(command);
        command.SetAction(parseResult => Run(() =>
        {
            var summary = Backups.Backup(SqliteConnectionString(parseResult), parseResult.GetValue(to)!);
            Console.WriteLine($"Backed up to {summary.File} ({summary.Bytes:N0} bytes, schema {summary.SchemaVersion}); integrity check passed.");
        }));
        return command;
    }

    public static Command Restore()
    {
        var from = new Option<string>("--from") { Description = "The backup file to restore.", Required = true };
        var command = new Command("restore", "Replace the database with a backup; the replaced one is kept aside. / Restaure une sauvegarde ; la base remplacée est gardée à part.") { from };
        CliDatabase.AddOptionsTo(command);
        command.SetAction(parseResult => Run(() =>
        {
            var summary = Backups.Restore(SqliteConnectionString(parseResult), parseResult.GetValue(from)!, CliDatabase.Clock.GetUtcNow());
            Console.WriteLine($"Restored {summary.RestoredFrom} (schema {summary.SchemaVersion}).");
            if (summary.SetAside is not null)
                Console.WriteLine($"The replaced database is kept at {summary.SetAside}.");
        }));
        return command;
    }

    /// <summary>These commands copy a SQLite file; a PostgreSQL server has its own tools.</summary>
    private static string SqliteConnectionString(ParseResult parseResult)
    {
        if (DatabaseSetup.ParseProvider(parseResult.GetValue(CliDatabase.Provider)) == DatabaseProvider.Postgres)
        {
            throw new NotSupportedException(
                "backup and restore copy a SQLite file; on PostgreSQL use pg_dump and pg_restore (docs/backup.md). / " +
                "backup et restore copient un fichier SQLite ; sur PostgreSQL, utilisez pg_dump et pg_restore (docs/backup.md).");
        }
        return CliDatabase.ConnectionString(parseResult);
    }

    private static int Run(Action action)
    {
        try
        {
            action();
            return 0;
        }
        catch (Exception e) when (e is BackupProblem or StartupProblem or NotSupportedException or ArgumentException)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }
}
