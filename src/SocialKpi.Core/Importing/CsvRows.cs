using System.Text;
using SocialKpi.Localization;

namespace SocialKpi.Importing;

/// <summary>One data row of an import file: its line number and its cells by column name.</summary>
internal sealed record CsvRow(int Line, IReadOnlyDictionary<string, string> Cells)
{
    public string this[string column] => Cells.GetValueOrDefault(column, "").Trim();
}

/// <summary>
/// Reads a UTF-8, comma-separated file with a header row, with RFC 4180 quoting (quoted cells may
/// hold commas, doubled quotes and line breaks). Small on purpose: the feed's CsvHelper 34 has a new
/// API, and import files need nothing more.
/// </summary>
internal static class CsvRows
{
    public static (List<CsvRow> Rows, List<ImportError> Errors) Read(TextReader reader, IReadOnlyList<string> columns, IReadOnlyList<string> required)
    {
        var records = Records(reader).ToList();
        if (records.Count == 0)
            return ([], [new ImportError(1, "", Messages.ImportEmptyFile)]);
        var header = records[0].Cells.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToArray();
        var missing = required.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
            return ([], [new ImportError(1, string.Join(", ", missing), Messages.ImportMissingColumns(string.Join(",", columns)))]);

        var rows = new List<CsvRow>(records.Count);
        foreach (var (line, cells) in records.Skip(1))
        {
            if (cells.All(string.IsNullOrWhiteSpace))
                continue;
            var byName = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
                byName[header[i]] = i < cells.Count ? cells[i] : "";
            rows.Add(new CsvRow(line, byName));
        }
        return (rows, []);
    }

    private static IEnumerable<(int Line, List<string> Cells)> Records(TextReader reader)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var (line, recordLine, quoted, any) = (1, 1, false, false);
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            any = true;
            if (quoted)
            {
                if (ch == '"' && reader.Peek() == '"')
                    cell.Append((char)reader.Read());
                else if (ch == '"')
                    quoted = false;
                else
                {
                    if (ch == '\n')
                        line++;
                    cell.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    yield return (recordLine, cells);
                    cells = [];
                    any = false;
                    recordLine = ++line;
                    break;
                default:
                    cell.Append(ch);
                    break;
            }
        }
        if (any)
        {
            cells.Add(cell.ToString());
            yield return (recordLine, cells);
        }
    }
}
