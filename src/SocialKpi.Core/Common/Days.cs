using System.Globalization;

namespace SocialKpi.Common;

/// <summary>Days as forms, URLs and the command line write them: yyyy-MM-dd.</summary>
public static class Days
{
    public const string Format = "yyyy-MM-dd";

    /// <summary>
    /// The days a CRM date can be: from 1900 (a year such as 0001 is a typo, and reports that
    /// subtract a lookback window from it would overflow) to 2100.
    /// </summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    public static readonly DateOnly Latest = new(2100, 12, 31);

    public static bool IsPlausible(DateOnly day) => day >= Earliest && day <= Latest;

    public static bool IsPlausible(DateTime time) => IsPlausible(DateOnly.FromDateTime(time));

    /// <summary>Empty text is no day (true, null); anything else must be a yyyy-MM-dd date.</summary>
    public static bool TryParseOptional(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        var ok = DateOnly.TryParseExact(text.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && IsPlausible(parsed);
        day = ok ? parsed : null;
        return ok;
    }
}
