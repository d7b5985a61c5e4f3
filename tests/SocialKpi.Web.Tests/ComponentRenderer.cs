using System.Globalization;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SocialKpi.Web.Tests;

/// <summary>Renders one component to HTML, as the server would, with the interface texts in a culture.</summary>
public static class ComponentRenderer
{
    /// <summary>"Now" for rendered components: Sunday 22 November 2026, 10:00 in Paris.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    public static async Task<IHtmlDocument> RenderAsync<TComponent>(string culture, Dictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new ParisClock());
        services.AddSingleton<Microsoft.AspNetCore.Components.Forms.AntiforgeryStateProvider, FixedAntiforgery>();
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        await using var provider = services.BuildServiceProvider();
        await using var renderer = new HtmlRenderer(provider, provider.GetRequiredService<ILoggerFactory>());

        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            var html = await renderer.Dispatcher.InvokeAsync(async () =>
                (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
            return await new HtmlParser().ParseDocumentAsync($"<html><body>{html}</body></html>");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    /// <summary>Forms render their token field; its value does not matter outside a request.</summary>
    private sealed class FixedAntiforgery : Microsoft.AspNetCore.Components.Forms.AntiforgeryStateProvider
    {
        public override Microsoft.AspNetCore.Components.Forms.AntiforgeryRequestToken? GetAntiforgeryToken() => new("test-token", "__RequestVerificationToken");
    }

    private sealed class ParisClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    }

    /// <summary>Text with the narrow and ordinary no-break spaces French formatting uses, as plain spaces.</summary>
    public static string Plain(this string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ').Trim();
}
