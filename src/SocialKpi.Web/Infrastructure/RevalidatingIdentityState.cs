using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SocialKpi.Users;

namespace SocialKpi.Web.Infrastructure;

/// <summary>
/// An open circuit checks every minute that its user still exists and that the user's security
/// stamp has not changed (it changes on sign-out everywhere, a new password or deactivation); if
/// not, the circuit treats the user as signed out and the pages ask for sign-in again.
/// </summary>
public sealed class RevalidatingIdentityState(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

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
