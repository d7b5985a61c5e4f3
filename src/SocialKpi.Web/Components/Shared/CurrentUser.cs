using System.Security.Claims;
using SocialKpi.Users;

namespace SocialKpi.Web.Components.Shared;

/// <summary>Who is using the page, read from the cascaded authentication state.</summary>
public sealed record CurrentUser(string? Id, bool CanEdit, bool IsOwner)
{
    public static readonly CurrentUser Nobody = new(null, false, false);

    public static CurrentUser From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier),
        user.IsInRole(Roles.Owner) || user.IsInRole(Roles.Member),
        user.IsInRole(Roles.Owner));
}
