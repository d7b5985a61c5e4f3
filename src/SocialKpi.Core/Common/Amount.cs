using System.Globalization;

namespace SocialKpi.Common;

/// <summary>
/// Reads an amount of money as people type it in French or English: "1 500", "1500,50", "1,500.50",
/// "1.500,50", with or without "€". The last comma or dot followed by one or two digits is the
/// decimal separator; any other separator groups thousands, in groups of three. Anything else
/// ("1,2,3", "0.001", three decimals) is refused rather than guessed.
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
        var (integerPart, decimals) = (cleaned, "");
        char? decimalSeparator = null;
        if (lastSeparator >= 0)
        {
            var after = cleaned.Length - lastSeparator - 1;
            if (after is 1 or 2)
                (integerPart, decimals, decimalSeparator) = (cleaned[..lastSeparator], cleaned[(lastSeparator + 1)..], cleaned[lastSeparator]);
            else if (after != 3)
                return false; // "12.", "1.2345": neither cents nor a thousands group
        }
        if (!IsGroupedInteger(integerPart, decimalSeparator, out var digits) || digits.Length > 15)
            return false;
        var value = decimal.Parse(digits + (decimals.Length > 0 ? "." + decimals : ""), CultureInfo.InvariantCulture);
        amount = negative ? -value : value;
        return true;
    }

    /// <summary>
    /// Digits, or digits in thousands groups ("1.500", "12,500,000"): one group separator throughout,
    /// not the decimal one, a first group of 1 to 3 digits that does not start with 0, then groups of
    /// exactly 3. So "1,2,3" and "0.001" are refused rather than read as 12.30 or 1.
    /// </summary>
    private static bool IsGroupedInteger(string text, char? decimalSeparator, out string digits)
    {
        digits = "";
        if (text.Length == 0)
            return false;
        var separators = text.Where(c => c is ',' or '.').Distinct().ToList();
        if (separators.Count == 0)
        {
            digits = text;
            return true;
        }
        if (separators.Count > 1 || separators[0] == decimalSeparator)
            return false;
        var groups = text.Split(separators[0]);
        if (groups[0].Length is < 1 or > 3 || groups[0][0] == '0' || groups.Skip(1).Any(g => g.Length != 3))
            return false;
        digits = string.Concat(groups);
        return true;
    }

    /// <summary>The amount, or null when the text is empty or not an amount (validate first).</summary>
    public static decimal? Parse(string? text) => TryParse(text, out var amount) ? amount : null;
}
