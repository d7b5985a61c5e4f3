using System.Text;

namespace SocialKpi.Importing;

/// <summary>
/// An import file's text, decoded the way it was written: UTF-8 (with or without a BOM), UTF-16
/// with a BOM, or else Windows-1252, which is what French Excel writes for "CSV (séparateur :
/// point-virgule)". Reading such a file as UTF-8 would store "H�l�ne" for "Hélène".
/// </summary>
public sealed record ImportFile(string Text, string EncodingName, char Separator)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ImportFile Decode(byte[] bytes)
    {
        var (text, encoding) = DecodeText(bytes);
        return new ImportFile(text, encoding, SeparatorOf(text));
    }

    /// <summary>How the file's cells are separated: ';' when the header row has more of them than commas.</summary>
    public static char SeparatorOf(string text)
    {
        var (commas, semicolons, quoted) = (0, 0, false);
        foreach (var c in text)
        {
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && c == '\n')
                break;
            else if (!quoted && c == ',')
                commas++;
            else if (!quoted && c == ';')
                semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }

    /// <summary>
    /// The header row, the first rows as the file has them, and how many data rows (not empty) it
    /// holds, for the wizard's mapping and preview: one reading of the file.
    /// </summary>
    public (IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, int RowCount) Sample(int rows)
    {
        var (records, _) = CsvRows.Records(Text);
        if (records.Count == 0)
            return ([], [], 0);
        var headers = records[0].Cells.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        var data = records.Skip(1).Where(r => r.Cells.Any(c => c.Length > 0)).Select(r => (IReadOnlyList<string>)r.Cells).ToList();
        return (headers, data.Take(rows).ToList(), data.Count);
    }

    /// <summary>Both languages, for the command line's report of what it read.</summary>
    public string Description => Separator == ';'
        ? $"Read as {EncodingName}, cells separated by semicolons. / Lu en {EncodingName}, cellules séparées par des points-virgules."
        : $"Read as {EncodingName}, cells separated by commas. / Lu en {EncodingName}, cellules séparées par des virgules.";

    private static (string Text, string Encoding) DecodeText(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
            return (StrictUtf8.GetString(bytes, 3, bytes.Length - 3), "UTF-8");
        if (bytes is [0xFF, 0xFE, ..])
            return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16");
        if (bytes is [0xFE, 0xFF, ..])
            return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16");
        try
        {
            return (StrictUtf8.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: every byte means something in Windows-1252, the encoding of French Excel's CSV.
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return (Encoding.GetEncoding(1252).GetString(bytes), "Windows-1252");
        }
    }
}
