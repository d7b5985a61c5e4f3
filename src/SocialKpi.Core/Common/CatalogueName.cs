using System.Text;
using SocialKpi.Data;
using SocialKpi.Localization;

namespace SocialKpi.Common;

/// <summary>
/// Names in the workspace's lists (channels, stages, loss reasons): stored trimmed, in Unicode NFC,
/// without direction overrides, and compared by <see cref="Key"/>, which folds case for every
/// alphabet. SQLite's lower() folds only ASCII, so "événement local" beside "Événement local" used
/// to pass a uniqueness check done in SQL, and then broke every import.
/// </summary>
public static class CatalogueName
{
    /// <summary>The name as it is stored, or the reason it cannot be.</summary>
    public static (string Name, string? Error) Clean(string? name, int maxLength = Limits.ShortText)
    {
        var cleaned = PlainText.WithoutBidiControls((name ?? "").Trim()).Normalize(NormalizationForm.FormC);
        if (cleaned.Length == 0)
            return (cleaned, Messages.NameRequired);
        if (cleaned.Length > maxLength)
            return (cleaned, Messages.TooLong(maxLength));
        if (PlainText.HasControlCharacters(cleaned))
            return (cleaned, Messages.ControlCharacters);
        return (cleaned, null);
    }

    /// <summary>What two names must not share: the same letters whatever their case or Unicode composition.</summary>
    public static string Key(string name) => name.Trim().Normalize(NormalizationForm.FormC).ToUpperInvariant();

    /// <summary>Compares names as <see cref="Key"/> does, for dictionaries keyed by name.</summary>
    public static readonly IEqualityComparer<string> Comparer = new KeyComparer();

    private sealed class KeyComparer : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => x is null || y is null ? x == y : Key(x) == Key(y);

        public int GetHashCode(string obj) => Key(obj).GetHashCode(StringComparison.Ordinal);
    }
}
