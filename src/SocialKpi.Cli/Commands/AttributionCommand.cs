using System.CommandLine;
using SocialKpi.Attribution;

namespace SocialKpi.Cli.Commands;

/// <summary><c>socialkpi attribution --paths FILE</c>: the seven models on an aggregated path file.</summary>
internal static class AttributionCommand
{
    public static readonly Option<string> Format = new("--format")
    {
        Description = "csv or json.",
        DefaultValueFactory = _ => "json",
    };

    static AttributionCommand() => Format.AcceptOnlyFromAmong("csv", "json");

    public static Command Create()
    {
        var paths = new Option<FileInfo>("--paths")
        {
            Description = "Aggregated path file: path;total_conversions;total_conversion_value;total_null (separator ; or ,).",
            Required = true,
        };
        var command = new Command("attribution", "Credit conversions to channels from a path file, under seven models. / Attribue les conversions aux canaux.")
        {
            paths,
            Format,
        };
        command.SetAction(parseResult =>
        {
            var file = parseResult.GetValue(paths)!;
            if (!file.Exists)
            {
                Console.Error.WriteLine($"No such file: {file.FullName} / Fichier introuvable : {file.FullName}");
                return 1;
            }
            try
            {
                using var reader = file.OpenText();
                var result = AttributionEngine.Run(PathFile.Read(reader));
                Console.Out.Write(parseResult.GetValue(Format) == "csv" ? AttributionOutput.ToCsv(result) : AttributionOutput.ToJson(result) + Environment.NewLine);
                return 0;
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
        });
        return command;
    }
}
