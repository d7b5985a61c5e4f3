using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialKpi.Data;

namespace SocialKpi.Users;

public static class IdentitySetup
{
    /// <summary>The password and lockout rules, shared by the web app and the command line.</summary>
    public static void ConfigureRules(IdentityOptions options)
    {
        options.Password.RequiredLength = 10;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireLowercase = true;
        options.Password.RequireDigit = true;
        // No lockout: anyone could lock the owner out by failing on purpose. Failed sign-ins are
        // throttled per client address by the web app instead.
        options.Lockout.AllowedForNewUsers = false;
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }

    /// <summary>User management without cookies or HTTP, for the command line and tests.</summary>
    public static IServiceCollection AddSocialKpiUserManagement(this IServiceCollection services)
    {
        services.AddIdentityCore<AppUser>(ConfigureRules)
            .AddRoles<IdentityRole>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddEntityFrameworkStores<SocialKpiDbContext>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<AccountLinks>();
        services.TryAddSingleton<SessionEnds>();
        services.AddScoped<Credentials>();
        return services;
    }
}
