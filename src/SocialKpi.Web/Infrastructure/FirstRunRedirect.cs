using SocialKpi.Users;

namespace SocialKpi.Web.Infrastructure;

/// <summary>On a workspace without an owner, every page leads to "create the owner account".</summary>
public sealed class FirstRunRedirect(RequestDelegate next)
{
    public const string SetupPath = "/account/setup";

    public async Task InvokeAsync(HttpContext context, FirstRunState state, UserAccounts accounts)
    {
        var path = context.Request.Path;
        var exempt = path.StartsWithSegments(SetupPath) || path.StartsWithSegments("/health") || path.StartsWithSegments("/culture")
            || path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content") || path.StartsWithSegments("/css");
        if (!exempt && !await state.HasOwnerAsync(accounts, context.RequestAborted))
        {
            context.Response.Redirect(SetupPath);
            return;
        }
        await next(context);
    }
}
