using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;

namespace SocialKpi.Localization;

/// <summary>
/// Messages the Core shows to users (validation, refusals), in the current UI culture: English from
/// <c>Resources/Messages.resx</c>, French from <c>Messages.fr.resx</c>. A property per message keeps
/// keys checked by the compiler.
/// </summary>
public static class Messages
{
    private static readonly ResourceManager Resources = new("SocialKpi.Resources.Messages", typeof(Messages).Assembly);

    public static string NameRequired => Get();
    public static string TooLong(int max) => Format(max);
    public static string EmailInvalid => Get();
    public static string PhoneInvalid => Get();
    public static string HandleInvalid => Get();
    public static string AmountInvalid => Get();
    public static string ValueNegative => Get();
    public static string ValueTooLarge => Get();
    public static string ChannelRequired => Get();
    public static string ChannelUnknown => Get();
    public static string ChannelExists(string name) => Format(name);
    public static string ChannelKindInvalid => Get();
    public static string StageRequired => Get();
    public static string StageUnknown => Get();
    public static string OwnerUnknown => Get();
    public static string PersonaUnknown => Get();
    public static string RingInvalid => Get();
    public static string TagTooLong(int max) => Format(max);
    public static string TooManyTags(int max) => Format(max);
    public static string ProspectChangedMeanwhile => Get();
    public static string ProspectNotFound => Get();
    public static string EmailRequired => Get();
    public static string DisplayNameRequired => Get();
    public static string PasswordRequired => Get();
    public static string PasswordsDiffer => Get();
    public static string RoleUnknown => Get();
    public static string PasswordTooShort(int length) => Format(length);
    public static string PasswordRequiresDigit => Get();
    public static string PasswordRequiresLower => Get();
    public static string PasswordRequiresUpper => Get();
    public static string PasswordRequiresNonAlphanumeric => Get();
    public static string PasswordRequiresUniqueChars(int count) => Format(count);
    public static string DuplicateEmail(string email) => Format(email);

    /// <summary>The text of a key in a given culture; tests use it to check that both languages exist.</summary>
    public static string? Lookup(string key, CultureInfo culture) => Resources.GetString(key, culture);

    private static string Get([CallerMemberName] string key = "") =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    private static string Format(object argument, [CallerMemberName] string key = "") =>
        string.Format(CultureInfo.CurrentCulture, Get(key), argument);
}
