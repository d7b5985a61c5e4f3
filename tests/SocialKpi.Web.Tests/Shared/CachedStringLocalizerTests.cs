using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SocialKpi.Web.Infrastructure;

namespace SocialKpi.Web.Tests.Shared;

public sealed class CachedStringLocalizerTests : IDisposable
{
    private readonly CultureInfo previousCulture = CultureInfo.CurrentCulture;
    private readonly CultureInfo previousUiCulture = CultureInfo.CurrentUICulture;
    private readonly ServiceProvider services = new ServiceCollection().AddLogging().AddUiTexts().BuildServiceProvider();

    [Fact]
    public void Each_language_gets_its_own_texts_however_often_they_are_asked_for()
    {
        var texts = services.GetRequiredService<IStringLocalizer<Ui>>();

        Use("fr-FR");
        Assert.Equal("Tableau", texts["Board"]);
        Use("en-GB");
        Assert.Equal("Board", texts["Board"]);
        Use("fr-FR");
        Assert.Equal("Tableau", texts["Board"]);
        Assert.Equal("Afficher plus (1 234 restants)", texts["MoreCards", 1234.ToString("N0", CultureInfo.CurrentCulture)].Value.Replace('\u202f', ' ').Replace('\u00a0', ' '));
        Use("en-GB");
        Assert.Equal("Show more (1,234 left)", texts["MoreCards", 1234.ToString("N0", CultureInfo.CurrentCulture)]);
    }

    [Fact]
    public void A_missing_text_shows_its_name_and_says_it_is_missing()
    {
        Use("fr-FR");
        var text = services.GetRequiredService<IStringLocalizer<Ui>>()["NoSuchText"];

        Assert.Equal("NoSuchText", text.Value);
        Assert.True(text.ResourceNotFound);
    }

    private static void Use(string culture)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = previousCulture;
        CultureInfo.CurrentUICulture = previousUiCulture;
        services.Dispose();
    }
}
