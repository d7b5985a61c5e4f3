using System.Globalization;

namespace SocialKpi.Data;

/// <summary>
/// The text form EF Core and Microsoft.Data.Sqlite give times in SQLite, "yyyy-MM-dd HH:mm:ss[.FFFFFFF]",
/// for the code that reads or writes rows with SQLite's own API (AttributionRows, BulkWriter), so
/// that its rows compare and read back exactly like EF's.
/// </summary>
internal static class StoredTime
{
    public static string Format(DateTime value) => value.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset value) => value.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    /// <summary>Reads the form above from its UTF-8 bytes without making a string; times are UTC.</summary>
    public static DateTime Parse(ReadOnlySpan<byte> text)
    {
        if (text.Length < 19 || text[4] != '-' || text[10] is not ((byte)' ' or (byte)'T'))
            return DateTime.SpecifyKind(DateTime.Parse(System.Text.Encoding.UTF8.GetString(text), CultureInfo.InvariantCulture), DateTimeKind.Utc);
        var ticks = 0L;
        if (text.Length > 20 && text[19] == '.')
        {
            var fraction = text[20..];
            for (var i = 0; i < 7; i++)
                ticks = ticks * 10 + (i < fraction.Length && char.IsAsciiDigit((char)fraction[i]) ? fraction[i] - '0' : 0);
        }
        return new DateTime(Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2), Digits(text, 11, 2), Digits(text, 14, 2), Digits(text, 17, 2), DateTimeKind.Utc)
            .AddTicks(ticks);
    }

    private static int Digits(ReadOnlySpan<byte> text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
            value = value * 10 + (text[i] - '0');
        return value;
    }
}
