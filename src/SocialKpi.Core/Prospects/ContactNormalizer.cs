using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SocialKpi.Prospects;

/// <summary>
/// One spelling per e-mail, phone and handle, so that duplicates are found whatever the user typed.
/// </summary>
public static partial class ContactNormalizer
{
    public static string? Email(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.ToLowerInvariant();
    }

    /// <summary>
    /// Keeps digits and a leading +; "00" becomes "+". A ten-digit number starting with a single 0 is
    /// taken as French (the product's first market) and written +33…, so 06 12 34 56 78 and
    /// +33 6 12 34 56 78 are the same number.
    /// </summary>
    public static string? Phone(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var trimmed = value.Trim();
        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        if (trimmed.StartsWith('+'))
            return "+" + digits;
        if (digits.StartsWith("00", StringComparison.Ordinal))
            return "+" + digits[2..];
        if (digits.Length == 10 && digits[0] == '0' && digits[1] != '0')
            return "+33" + digits[1..];
        return digits;
    }

    public static bool IsValidPhone(string? normalized) =>
        normalized is not null && PhonePattern().IsMatch(normalized);

    /// <summary>Lower case, no leading @, and a profile address reduced to its last path segment.</summary>
    public static string? Handle(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            return null;
        if (trimmed.Contains('/', StringComparison.Ordinal))
            trimmed = trimmed.TrimEnd('/').Split('/')[^1];
        return trimmed.TrimStart('@').ToLowerInvariant();
    }

    public static bool IsValidHandle(string? normalized) =>
        normalized is not null && HandlePattern().IsMatch(normalized);

    /// <summary>Lower case without diacritics: "Hélène Léger" → "helene leger".</summary>
    public static string ForSearch(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return "";
        var decomposed = value.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Something@domain.tld without spaces: strict enough to catch typos, loose enough for real addresses.</summary>
    public static bool IsValidEmail(string? value) =>
        value is not null && EmailPattern().IsMatch(value.Trim());

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9]{6,15}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[a-z0-9._-]{1,100}$")]
    private static partial Regex HandlePattern();
}
