using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SocialKpi.Web.Components.Shared;

/// <summary>"1 prospect", "2 prospects"; French also says "0 prospect" in the singular.</summary>
public static class Plural
{
    public static string Count(IStringLocalizer text, int count, string singularKey, string pluralKey)
    {
        var singular = count == 1 || (count == 0 && CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr");
        return string.Format(CultureInfo.CurrentCulture, text[singular ? singularKey : pluralKey], Format.Number(count));
    }
}
