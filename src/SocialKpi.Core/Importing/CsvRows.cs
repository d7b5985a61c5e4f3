using System.Buffers;
using System.Text;
using SocialKpi.Common;
using SocialKpi.Localization;

namespace SocialKpi.Importing;

/// <summary>One data row of an import file: its line number and its cells by column name.</summary>
internal sealed record CsvRow(int Line, IReadOnlyDictionary<string, string> Cells)
{
    public string this[string column] => Cells.GetValueOrDefault(column, "").Trim();
}

/// <summary>
/// Reads a file with a header row, its cells separated by commas or (as French Excel writes them)
/// semicolons, with RFC 4180 quoting (quoted cells may hold separators, doubled quotes and line
/// breaks, read as \n). A quote that never closes is an error on the line where it opened, not a
/// cell that swallows the rest of the file. Small on purpose: the feed's CsvHelper 34 has a new
/// API, and import files need nothing more.
/// </summary>
internal static class CsvRows
{
    /// <param name="mapping">The file's headers to the import's columns; other headers are ignored. Null: the headers are the columns.</param>
    public static (List<CsvRow> Rows, List<ImportError> Errors) Read(TextReader reader, IReadOnlyList<string> columns, IReadOnlyList<string> required, IReadOnlyDictionary<string, string>? mapping = null)
    {
        var (records, unclosedQuoteLine) = Records(reader.ReadToEnd());
        if (unclosedQuoteLine is { } line)
            return ([], [new ImportError(line, "", Messages.ImportUnclosedQuote)]);
        if (records.Count == 0)
            return ([], [new ImportError(1, "", Messages.ImportEmptyFile)]);
        var header = records[0].Cells.Select(h => h.Trim().TrimStart('\uFEFF')).Select(h => mapping is null
            ? h.ToLowerInvariant()
            // A header mapped to nothing gets a name no column has, so its cells are read and ignored.
            : mapping.TryGetValue(h, out var column) ? column : "\0" + h).ToArray();
        var missing = required.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
            return ([], [new ImportError(1, string.Join(", ", missing), Messages.ImportMissingColumns(string.Join(",", columns)))]);

        var rows = new List<CsvRow>(records.Count);
        var errors = new List<ImportError>();
        foreach (var (recordLine, cells) in records.Skip(1))
        {
            if (cells.All(string.IsNullOrWhiteSpace))
                continue;
            // Cells past the header's columns would be dropped silently; empty ones (Excel pads rows) are fine.
            if (cells.Skip(header.Length).Any(c => !string.IsNullOrWhiteSpace(c)))
                errors.Add(new ImportError(recordLine, "", Messages.ImportTooManyCells(cells.Count, header.Length)));
            var byName = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                // A cell our exports neutralised ("'+33 6…") reads back as it was.
                byName[header[i]] = i < cells.Count ? CsvText.Unneutralised(cells[i]) : "";
                // NUL and other control characters are refused in every cell, as in the app's forms.
                if (PlainText.HasControlCharacters(byName[header[i]], multiline: true))
                    errors.Add(new ImportError(recordLine, header[i], Messages.ControlCharacters));
            }
            rows.Add(new CsvRow(recordLine, byName));
        }
        if (rows.Count == 0 && errors.Count == 0)
            errors.Add(new ImportError(2, "", Messages.ImportNoRows));
        return (rows, errors);
    }

    private static readonly SearchValues<char> SpecialOutsideCommaQuotes = SearchValues.Create("\",\r\n");
    private static readonly SearchValues<char> SpecialOutsideSemicolonQuotes = SearchValues.Create("\";\r\n");
    private static readonly SearchValues<char> SpecialInsideQuotes = SearchValues.Create("\"\r\n");

    /// <summary>
    /// The file's records with their first line numbers. The text is scanned for the next character
    /// that matters and ordinary runs are copied whole: a character-by-character read took half a
    /// second on 100,000 rows.
    /// </summary>
    internal static (List<(int Line, List<string> Cells)> Records, int? UnclosedQuoteLine) Records(string file)
    {
        var separator = ImportFile.SeparatorOf(file);
        var specialOutsideQuotes = separator == ';' ? SpecialOutsideSemicolonQuotes : SpecialOutsideCommaQuotes;
        var text = file.AsSpan();
        var quoteLine = 0;
        var records = new List<(int Line, List<string> Cells)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var (line, recordLine, quoted, any) = (1, 1, false, false);
        var i = 0;
        while (i < text.Length)
        {
            any = true;
            var rest = text[i..];
            var next = rest.IndexOfAny(quoted ? SpecialInsideQuotes : specialOutsideQuotes);
            if (next < 0)
            {
                cell.Append(rest);
                break;
            }
            cell.Append(rest[..next]);
            i += next;
            var ch = text[i++];
            if (quoted)
            {
                if (ch == '"' && i < text.Length && text[i] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else if (ch == '\r')
                {
                    // A line break inside a cell is kept as \n, whichever system wrote the file.
                    if (i >= text.Length || text[i] != '\n')
                        cell.Append('\r');
                }
                else
                {
                    line++;
                    cell.Append('\n');
                }
                continue;
            }
            switch (ch)
            {
                case '"':
                    quoted = true;
                    quoteLine = line;
                    break;
                case ',' or ';':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r' when i < text.Length && text[i] == '\n':
                    break; // part of a Windows "\r\n": the '\n' ends the record
                default:
                    // '\n', or a '\r' alone, as old Mac files end their lines.
                    cells.Add(cell.ToString());
                    cell.Clear();
                    records.Add((recordLine, cells));
                    cells = [];
                    any = false;
                    recordLine = ++line;
                    break;
            }
        }
        if (quoted)
            return (records, quoteLine);
        if (any)
        {
            cells.Add(cell.ToString());
            records.Add((recordLine, cells));
        }
        return (records, null);
    }
}
