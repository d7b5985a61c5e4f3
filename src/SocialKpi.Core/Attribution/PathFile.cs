using System.Globalization;

namespace SocialKpi.Attribution;

/// <summary>
/// Reads the aggregated path format of the ChannelAttribution package:
/// <c>path;total_conversions;total_conversion_value;total_null</c>, channels joined by <c>&gt;</c>.
/// The separator (<c>;</c> or <c>,</c>) is taken from the header.
/// </summary>
public static class PathFile
{
    private static readonly string[] Columns = ["path", "total_conversions", "total_conversion_value", "total_null"];

    public static IReadOnlyList<Journey> Read(TextReader reader)
    {
        var header = reader.ReadLine() ?? throw Error(1, "the file is empty / le fichier est vide");
        var separator = header.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var names = header.Split(separator).Select(n => n.Trim().Trim('"').ToLowerInvariant()).ToList();
        var positions = Columns.Select(c => names.IndexOf(c)).ToArray();
        if (positions.Any(p => p < 0))
            throw Error(1, $"the header needs the columns {string.Join(separator, Columns)} / l'en-tête doit contenir ces colonnes");

        var journeys = new List<Journey>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var cells = line.Split(separator);
            if (cells.Length < names.Count)
                throw Error(lineNumber, $"expected {names.Count} cells, found {cells.Length} / {names.Count} cellules attendues, {cells.Length} trouvées");
            var channels = cells[positions[0]].Trim().Trim('"').Split('>', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (channels.Length == 0)
                throw Error(lineNumber, "the path is empty / le chemin est vide");
            journeys.Add(new Journey(
                channels,
                Number(cells[positions[1]], lineNumber, Columns[1]),
                (decimal)Number(cells[positions[2]], lineNumber, Columns[2]),
                Number(cells[positions[3]], lineNumber, Columns[3])));
        }
        return journeys;
    }

    private static double Number(string cell, int line, string column) =>
        double.TryParse(cell.Trim().Trim('"'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw Error(line, $"{column} is not a number ≥ 0: '{cell}' / {column} n'est pas un nombre ≥ 0 : '{cell}'");

    private static FormatException Error(int line, string message) => new($"Line {line} / ligne {line}: {message}");
}
