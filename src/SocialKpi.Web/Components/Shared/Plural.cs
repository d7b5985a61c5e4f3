using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SocialKpi.Web.Components.Shared;

/// <summary>"1 prospect", "2 prospects"; French also says "0 prospect" in the singular.</summary>
public static class Plural
{
    public static string Count(IStringLocalizer text, int count, string singularKey, string pluralKey) =>
        string.Format(CultureInfo.CurrentCulture, text[Key(count, singularKey, pluralKey)], Format.Number(count));

    /// <summary>Which of the two texts fits the count, for texts with more to fill in than the count.</summary>
    public static string Key(int count, string singularKey, string pluralKey) =>
        count == 1 || (count == 0 && CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr") ? singularKey : pluralKey;
}
