using System.CommandLine;
using SocialKpi.Cli.Commands;

namespace SocialKpi.Cli;

/// <summary>Every verb of <c>socialkpi</c>; the tests run this same root, so a new verb is tested as shipped.</summary>
internal static class CliRoot
{
    public static RootCommand Create() => new("SocialKpi: the CRM that turns followers and neighbours into clients. / Le CRM qui transforme abonnés et voisins en clients.")
    {
        SeedDemoCommand.Create(),
        UsersCommand.Create(),
        AttributionCommand.Create(),
        ReportCommand.Create(),
        ImportCommand.Create(),
        ExportCommand.Create(),
        PrivacyCommand.Create(),
        BackupCommands.Backup(),
        BackupCommands.Restore(),
        MigrateCommand.Create(),
    };
}
