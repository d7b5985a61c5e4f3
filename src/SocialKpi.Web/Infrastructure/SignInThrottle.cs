using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace SocialKpi.Web.Infrastructure;

/// <summary>
/// Sign-in attempts are limited per client address, not per account: an attacker guessing passwords
/// is slowed down, while the account itself is never locked, so nobody can keep the owner out by
/// failing on purpose. A burst of attempts is allowed, then one more every 30 seconds.
/// </summary>
public static class SignInThrottle
{
    public const string Policy = "sign-in";

    /// <summary>Configuration key for the burst size (tests that sign in many users raise it).</summary>
    public const string AttemptsKey = "SocialKpi:SignInAttemptsPerClient";

    public const int DefaultAttempts = 10;

    public static readonly TimeSpan ReplenishmentPeriod = TimeSpan.FromSeconds(30);

    public static void AddSignInThrottle(this IServiceCollection services, IConfiguration configuration)
    {
        var attempts = configuration.GetValue(AttemptsKey, DefaultAttempts);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = (int)HttpStatusCode.TooManyRequests;
            options.OnRejected = (context, cancellationToken) => RejectAsync(context.HttpContext, cancellationToken);
            // Only the form posts count: showing the sign-in page is free.
            options.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetTokenBucketLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = attempts,
                    TokensPerPeriod = 1,
                    ReplenishmentPeriod = ReplenishmentPeriod,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("page"));
        });
    }

    private static async ValueTask RejectAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<Ui>>();
        context.Response.Headers.RetryAfter = ((int)ReplenishmentPeriod.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(ShortPage.Render(text["TooManySignIns"], text["SignIn"], "/account/signin"), cancellationToken);
    }
}
