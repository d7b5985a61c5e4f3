using System.Globalization;
using System.Reflection;
using SocialKpi.Localization;

namespace SocialKpi.Tests.Localization;

public sealed class MessagesTests
{
    public static TheoryData<string> Keys()
    {
        var data = new TheoryData<string>();
        foreach (var member in typeof(Messages).GetMembers(BindingFlags.Public | BindingFlags.Static)
                     .Where(m => m is PropertyInfo || (m is MethodInfo method && !method.IsSpecialName && method.Name != nameof(Messages.Lookup))))
            data.Add(member.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_message_exists_in_English_and_in_French(string key)
    {
        var english = Messages.Lookup(key, CultureInfo.GetCultureInfo("en"));
        var french = Messages.Lookup(key, CultureInfo.GetCultureInfo("fr-FR"));

        Assert.False(string.IsNullOrWhiteSpace(english), $"{key} has no English text");
        Assert.False(string.IsNullOrWhiteSpace(french), $"{key} has no French text");
        Assert.NotEqual(english, french);
    }
}
