using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SocialKpi.Web.Infrastructure;

/// <summary>
/// The interface texts, looked up once per language and name. A page asks for the same few texts
/// on every render (each board card: its ring, days in stage, "Move to…"), and the resource
/// manager's lookup behind <see cref="IStringLocalizer{T}"/> cost a sixth of an open board's
/// refresh in the load run's profile (issue 13). The language is the circuit's, read at each call.
/// </summary>
public sealed class CachedStringLocalizer<T>(IStringLocalizerFactory factory) : IStringLocalizer<T>
{
    // One per resource type for the process: the texts are compiled in and never change while it runs.
    private static readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> Texts = new();

    private readonly IStringLocalizer resources = factory.Create(typeof(T));

    public LocalizedString this[string name] =>
        Texts.GetOrAdd((CultureInfo.CurrentUICulture.Name, name), static (key, resources) => resources[key.Name], resources);

    // Formatted the way the resource manager's localizer formats: with the current culture.
    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound, text.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => resources.GetAllStrings(includeParentCultures);
}

public static class UiTexts
{
    /// <summary>Resx texts (Resources/), every <see cref="IStringLocalizer{T}"/> served from the cache above.</summary>
    public static IServiceCollection AddUiTexts(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton(typeof(IStringLocalizer<>), typeof(CachedStringLocalizer<>));
        return services;
    }
}
