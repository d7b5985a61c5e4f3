using System.Globalization;

namespace SocialKpi.Web.Components.Shared;

/// <summary>Numbers, money and dates in the user's culture (fr-FR: 1 234,50 €, 22/11/2026).</summary>
public static class Format
{
    public static string Money(decimal? amount)
    {
        if (amount is null)
            return "";
        // Amounts are in euros whatever the interface language: only the layout follows the culture.
        var format = (NumberFormatInfo)CultureInfo.CurrentCulture.NumberFormat.Clone();
        format.CurrencySymbol = "€";
        return amount.Value.ToString(amount.Value == decimal.Truncate(amount.Value) ? "C0" : "C2", format);
    }

    public static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>Hours to a tenth, with thousands grouped: 75 727,9.</summary>
    public static string Hours(double hours) => hours.ToString("#,0.#", CultureInfo.CurrentCulture);

    /// <summary>A share in whole percent as the culture writes it: "40 %" in French, "40%" in English.</summary>
    public static string WholePercent(int percent) => (percent / 100.0).ToString("P0", CultureInfo.CurrentCulture);

    public static string Percent(double? ratio) =>
        ratio is null ? "–" : ratio.Value.ToString("P1", CultureInfo.CurrentCulture);

    public static string Date(DateTime utc) => utc.ToLocalTime().ToString("d", CultureInfo.CurrentCulture);

    public static string DateTime(DateTime utc) => utc.ToLocalTime().ToString("g", CultureInfo.CurrentCulture);

    /// <summary>For a datetime attribute: ISO 8601 in UTC.</summary>
    public static string Iso(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
