using System.Threading.RateLimiting;

namespace SocialKpi.Web.Infrastructure;

/// <summary>
/// Failed sign-ins are limited per client address, not per account: an attacker guessing passwords
/// is slowed down, while the account itself is never locked, so nobody can keep the owner out by
/// failing on purpose. Successful sign-ins cost nothing, so a team behind one office address can
/// all sign in on a Monday morning. A burst of failures is allowed, then one more every 30 seconds;
/// once an address has used them up, even the right password waits, or guessing would go on.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    /// <summary>Configuration key for the burst size.</summary>
    public const string AttemptsKey = "SocialKpi:SignInAttemptsPerClient";

    public const int DefaultAttempts = 10;

    public static readonly TimeSpan ReplenishmentPeriod = TimeSpan.FromSeconds(30);

    private readonly PartitionedRateLimiter<string> failures;

    public SignInThrottle(IConfiguration configuration)
    {
        var attempts = configuration.GetValue(AttemptsKey, DefaultAttempts);
        failures = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetTokenBucketLimiter(address, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = attempts,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = ReplenishmentPeriod,
            QueueLimit = 0,
        }));
    }

    /// <summary>True when <paramref name="address"/> has failed too often lately to try again now.</summary>
    // Not AttemptAcquire(0): the bucket refills by fractions between its periods, and a fraction of
    // a token answers yes to that question while the next failure could not take a whole one.
    public bool HoldsBack(string address) => failures.GetStatistics(address)?.CurrentAvailablePermits < 1;

    public void CountFailure(string address)
    {
        using var _ = failures.AttemptAcquire(address);
    }

    /// <summary>The address a request's sign-in counts against (behind nginx, the forwarded one).</summary>
    public static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public void Dispose() => failures.Dispose();
}
