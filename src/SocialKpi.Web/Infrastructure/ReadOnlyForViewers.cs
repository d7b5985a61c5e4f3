using SocialKpi.Users;

namespace SocialKpi.Web.Infrastructure;

/// <summary>
/// A viewer changes nothing: any write request from a signed-in user who is neither owner nor member
/// is refused here, once, rather than in every form and endpoint. Signing out and choosing a language
/// are the only writes a viewer may make.
/// </summary>
public sealed class ReadOnlyForViewers(RequestDelegate next)
{
    private static readonly string[] AllowedForEveryone = ["/account/signout", "/culture", "/account/signin"];

    // Both languages: the forms are hidden from viewers, so only a hand-made request gets here.
    private const string Refusal = "Your role (viewer) lets you read but not change anything.\nVotre rôle (lecteur) permet de consulter, pas de modifier.";

    public async Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        var isWrite = !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method));
        if (isWrite
            && user.Identity?.IsAuthenticated == true
            && !user.IsInRole(Roles.Owner) && !user.IsInRole(Roles.Member)
            && !AllowedForEveryone.Any(p => context.Request.Path.StartsWithSegments(p)))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(Refusal);
            return;
        }
        await next(context);
    }
}
