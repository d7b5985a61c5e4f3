using System.CommandLine;
using SocialKpi.Cli.Commands;

var root = new RootCommand("SocialKpi: the CRM that turns followers and neighbours into clients. / Le CRM qui transforme abonnés et voisins en clients.")
{
    SeedDemoCommand.Create(),
    UsersCommand.Create(),
    AttributionCommand.Create(),
    ReportCommand.Create(),
    ImportCommand.Create(),
    BackupCommands.Backup(),
    BackupCommands.Restore(),
};
return await root.Parse(args).InvokeAsync();
