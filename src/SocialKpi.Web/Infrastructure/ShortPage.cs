using System.Globalization;
using System.Text.Encodings.Web;

namespace SocialKpi.Web.Infrastructure;

/// <summary>
/// The plain page for answers that come before any component can render (too many sign-ins, a
/// form without its antiforgery token): one sentence and a way back, in the request's language.
/// </summary>
public static class ShortPage
{
    public static string Render(string message, string linkText, string linkPath)
    {
        var html = HtmlEncoder.Default;
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return $"""
            <!DOCTYPE html>
            <html lang="{language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>SocialKpi</title><link rel="stylesheet" href="/css/app.css"></head>
            <body class="short-page"><div class="auth-page"><main class="auth-card"><p class="auth-brand">SocialKpi</p><p role="alert">{html.Encode(message)}</p><p><a href="{html.Encode(linkPath)}">{html.Encode(linkText)}</a></p></main></div></body></html>
            """;
    }
}
