using System.Globalization;

namespace SocialKpi.Common;

/// <summary>Days as forms, URLs and the command line write them: yyyy-MM-dd.</summary>
public static class Days
{
    public const string Format = "yyyy-MM-dd";

    /// <summary>Empty text is no day (true, null); anything else must be a yyyy-MM-dd date.</summary>
    public static bool TryParseOptional(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        var ok = DateOnly.TryParseExact(text.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        day = ok ? parsed : null;
        return ok;
    }
}
