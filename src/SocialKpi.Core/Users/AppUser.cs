using Microsoft.AspNetCore.Identity;

namespace SocialKpi.Users;

public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>False once an owner deactivated the account: no sign-in, but the name stays on prospects and history.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>Two letters for board cards and lists.</summary>
    public static string InitialsOf(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(w => char.ToUpperInvariant(w[0])));
}
