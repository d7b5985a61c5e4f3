namespace SocialKpi.Web.Infrastructure;

/// <summary>
/// Headers on every response that tell the browser what the app's pages may do: run only the app's
/// own scripts, connect only to the app (the circuit's WebSocket included), never be framed by
/// another site, and not guess content types or leak page addresses to other sites.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Styles allow inline attributes because MudBlazor sets positions and sizes with style="…";
    /// scripts do not, so no injected markup can run (there is no inline script: the import map is
    /// left out because the app loads no JavaScript module).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
