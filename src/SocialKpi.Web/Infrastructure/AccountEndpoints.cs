using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using SocialKpi.Auditing;
using SocialKpi.Users;

namespace SocialKpi.Web.Infrastructure;

/// <summary>The two cookie writes that are not pages: signing out and choosing the interface language.</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // Ending the user's sessions makes every copy of their cookie (another device, a stolen copy)
        // fail at its next request, instead of living on for 14 days, and signs out their open pages.
        app.MapPost("/account/signout", async ([FromForm] string? returnUrl, HttpContext context, SignInManager<AppUser> signIn, UserAccounts accounts, AuditTrail audit) =>
        {
            if (await signIn.UserManager.GetUserAsync(context.User) is { } user)
            {
                await accounts.EndSessionsAsync(user);
                await audit.RecordAsync(AuditAction.SignedOut, user.Id);
            }
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/signin");
        });

        // A plain link (the language menu), so that the page reloads and its circuit restarts in that language.
        app.MapGet("/culture", (string? culture, string? returnUrl, HttpContext context) =>
        {
            if (culture is not null && SocialKpiApp.Cultures.Any(c => c.Name == culture))
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
            }
            return Results.LocalRedirect(SafeReturnUrl(returnUrl));
        }).AllowAnonymous();
    }

    /// <summary>
    /// Only paths of this site, so that a crafted link cannot send a user elsewhere: no "//host" or
    /// "/\\host", no backslash, and no control character (a tab or line break inside "/\t/host" is
    /// dropped by browsers, which would then read it as another site).
    /// </summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.Contains('\\', StringComparison.Ordinal) && !returnUrl.Any(char.IsControl)
            ? returnUrl
            : "/";
}
