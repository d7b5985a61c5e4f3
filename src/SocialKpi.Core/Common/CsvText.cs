using System.Text;

namespace SocialKpi.Common;

/// <summary>
/// CSV as SocialKpi writes it (product.md, data out): UTF-8 with a BOM so that Excel reads accents,
/// and text cells that a spreadsheet cannot run as formulas. Imports read the neutralised cells back
/// as they were, so that an export imports back unchanged.
/// </summary>
public static class CsvText
{
    /// <summary>
    /// A text cell, quoted when needed; one that starts with =, +, - or @ gets a leading apostrophe.
    /// Cells holding a semicolon are quoted too: French Excel may split on it.
    /// </summary>
    public static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        if (IsFormulaStart(text[0]))
            text = "'" + text;
        return text.IndexOfAny([',', ';', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>The cell as it was before <see cref="Cell"/> neutralised it.</summary>
    public static string Unneutralised(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && IsFormulaStart(cell[1]) ? cell[1..] : cell;

    /// <summary>The bytes of a CSV download: the BOM, then the text in UTF-8.</summary>
    public static byte[] Utf8WithBom(string csv) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)];

    /// <summary>UTF-8 that writes the BOM first, for files written as a stream.</summary>
    public static readonly Encoding Utf8Bom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>A value as CSV files name it, in snake case as the docs list them: "online_only", "video_call". Imports read it back.</summary>
    public static string Name<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var snake = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
                snake.Append('_');
            snake.Append(char.ToLowerInvariant(name[i]));
        }
        return snake.ToString();
    }

    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@';
}
