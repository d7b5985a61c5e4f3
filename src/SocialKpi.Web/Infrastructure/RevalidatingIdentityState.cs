using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SocialKpi.Users;

namespace SocialKpi.Web.Infrastructure;

/// <summary>
/// An open circuit checks that its user still exists, is active and keeps the same security stamp
/// (it changes on sign-out, a new password, a new role or deactivation): at once when
/// <see cref="SessionEnds"/> says the user's sessions ended, and every minute for changes made
/// elsewhere (the command line). If not, the circuit treats the user as signed out and the pages
/// ask for sign-in again.
/// </summary>
public sealed class RevalidatingIdentityState : RevalidatingServerAuthenticationStateProvider
{
    private readonly IServiceScopeFactory scopes;
    private readonly IOptions<IdentityOptions> options;
    private readonly SessionEnds sessionEnds;
    private readonly ILogger logger;

    public RevalidatingIdentityState(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> options, SessionEnds sessionEnds)
        : base(loggerFactory)
    {
        this.scopes = scopes;
        this.options = options;
        this.sessionEnds = sessionEnds;
        logger = loggerFactory.CreateLogger<RevalidatingIdentityState>();
        sessionEnds.Ended += OnSessionsEnded;
    }

    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    /// <summary>Finishes when the circuit has checked again (tests wait for it).</summary>
    internal Task? LastCheck { get; private set; }

    private void OnSessionsEnded(string userId) => LastCheck = CheckNowAsync(userId);

    private async Task CheckNowAsync(string userId)
    {
        try
        {
            var state = await GetAuthenticationStateAsync();
            if (state.User.FindFirstValue(ClaimTypes.NameIdentifier) != userId)
                return;
            if (!await ValidateAuthenticationStateAsync(state, CancellationToken.None))
                SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
        }
        catch (Exception e)
        {
            // Nobody awaits this check: a circuit not yet signed in, or a database hiccup, leaves the
            // minute's check to do the work.
            logger.LogWarning(e, "Could not check the sessions of user {UserId} at once", userId);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            sessionEnds.Ended -= OnSessionsEnded;
        base.Dispose(disposing);
    }

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await IsCurrentAsync(authenticationState.User, users, options.Value);
    }

    internal static async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, UserManager<AppUser> users, IdentityOptions options)
    {
        var user = await users.GetUserAsync(principal);
        if (user is not { IsActive: true })
            return false;
        if (!users.SupportsUserSecurityStamp)
            return true;
        var stamp = principal.FindFirstValue(options.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }
}
