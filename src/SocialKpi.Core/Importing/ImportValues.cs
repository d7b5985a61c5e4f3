using System.Globalization;

namespace SocialKpi.Importing;

/// <summary>Cells as import files write them: ISO 8601 times, enum names in any case with _ or -.</summary>
internal static class ImportValues
{
    /// <summary>An ISO 8601 time; one without an offset is taken in the workspace's time zone.</summary>
    public static bool TryTime(string text, TimeZoneInfo zone, out DateTime utc)
    {
        utc = default;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind | DateTimeStyles.AllowWhiteSpaces, out var parsed)
            || !(text.Length >= 10 && text[4] == '-' && text[7] == '-'))
            return false;
        if (!Common.Days.IsPlausible(parsed))
            return false;
        utc = parsed.Kind switch
        {
            DateTimeKind.Utc => parsed,
            DateTimeKind.Local => parsed.ToUniversalTime(),
            _ => TimeZoneInfo.ConvertTimeToUtc(parsed, zone),
        };
        return true;
    }

    /// <summary>A value by its name; a number ("1") is not a name, though Enum.TryParse would take it.</summary>
    public static bool TryEnum<T>(string text, out T value) where T : struct, Enum
    {
        value = default;
        return !text.Any(char.IsAsciiDigit) && Enum.TryParse(text.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
