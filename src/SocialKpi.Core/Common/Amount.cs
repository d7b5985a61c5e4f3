using System.Globalization;

namespace SocialKpi.Common;

/// <summary>
/// Reads an amount of money as people type it in French or English: "1 500", "1500,50", "1,500.50",
/// "1.500,50", with or without "€". The last comma or dot followed by one or two digits is the
/// decimal separator; every other separator groups thousands.
/// </summary>
public static class Amount
{
    public static bool TryParse(string? text, out decimal? amount)
    {
        amount = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        var cleaned = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '€' && c != '\u202F').ToArray());
        var negative = cleaned.StartsWith('-');
        if (negative)
            cleaned = cleaned[1..];
        if (cleaned.Length == 0 || cleaned.Any(c => !char.IsAsciiDigit(c) && c is not ',' and not '.'))
            return false;

        var lastSeparator = cleaned.LastIndexOfAny([',', '.']);
        var hasDecimals = lastSeparator >= 0 && cleaned.Length - lastSeparator - 1 is 1 or 2;
        var integerPart = hasDecimals ? cleaned[..lastSeparator] : cleaned;
        var decimals = hasDecimals ? cleaned[(lastSeparator + 1)..] : "";
        var digits = integerPart.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        if (digits.Length == 0 || digits.Length > 15)
            return false;
        var value = decimal.Parse(digits + (decimals.Length > 0 ? "." + decimals : ""), CultureInfo.InvariantCulture);
        amount = negative ? -value : value;
        return true;
    }

    /// <summary>The amount, or null when the text is empty or not an amount (validate first).</summary>
    public static decimal? Parse(string? text) => TryParse(text, out var amount) ? amount : null;
}
