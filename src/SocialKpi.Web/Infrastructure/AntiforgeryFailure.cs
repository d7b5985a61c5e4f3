using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;

namespace SocialKpi.Web.Infrastructure;

/// <summary>
/// A form posted without this site's antiforgery token (an expired page, another site's form) gets a
/// 400 with a short page and one log line, before any endpoint reads the form: left to the
/// endpoints, it became an exception with stack traces and a 500.
/// </summary>
public sealed partial class AntiforgeryFailure(RequestDelegate next, ILogger<AntiforgeryFailure> logger)
{
    public async Task InvokeAsync(HttpContext context, IStringLocalizer<Ui> text)
    {
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            LogRefused(logger, context.Request.Method, context.Request.Path);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(ShortPage.Render(text["FormExpired"], text["BackHome"], "/"), context.RequestAborted);
            return;
        }
        await next(context);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method} {Path}: missing or foreign antiforgery token")]
    private static partial void LogRefused(ILogger logger, string method, PathString path);
}
