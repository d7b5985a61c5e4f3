using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialKpi.Activities;
using SocialKpi.Attribution;
using SocialKpi.Channels;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Kpis;
using SocialKpi.Demo;
using SocialKpi.Pipeline;
using SocialKpi.Privacy;
using SocialKpi.Prospects;
using SocialKpi.Sales;
using SocialKpi.Timeline;
using SocialKpi.Users;
using SocialKpi.Web.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using MudBlazor.Services;
using SocialKpi.Web.Features.Reports;
using SocialKpi.Web.Features.Audit;
using SocialKpi.Web.Features.Board;
using SocialKpi.Web.Features.FollowUps;
using SocialKpi.Web.Features.Privacy;
using SocialKpi.Web.Features.Prospects;
using SocialKpi.Web.Infrastructure;

namespace SocialKpi.Web;

/// <summary>Service registration and the request pipeline, kept out of Program.cs so that both read in order.</summary>
public static class SocialKpiApp
{
    public static readonly CultureInfo[] Cultures =
        [new("fr-FR"), new("fr"), new("en-GB"), new("en-US"), new("en")];

    /// <summary>Where the app listens when neither --urls nor ASPNETCORE_URLS says otherwise.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    public static void AddSocialKpi(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
            builder.WebHost.UseUrls(DefaultUrl);

        // blazor.web.js and MudBlazor's files come from packages. A publish output has them as files;
        // a build output (dotnet run, whatever the environment) serves them from the packages.
        builder.WebHost.UseStaticWebAssets();

        var services = builder.Services;
        // Everything the app writes to disk (the SQLite file) lives under
        // data/ beside the app, or under SocialKpi:AppDirectory when that is set (tests use it).
        var appDirectory = builder.Configuration["SocialKpi:AppDirectory"] ?? builder.Environment.ContentRootPath;
        var configuredConnection = builder.Configuration.GetConnectionString(DatabaseSetup.ConnectionStringName);
        var connectionString = string.IsNullOrWhiteSpace(configuredConnection)
            ? DatabaseSetup.DefaultSqliteConnectionString(appDirectory)
            : configuredConnection;
        var provider = DatabaseSetup.ParseProvider(builder.Configuration["Database:Provider"]);
        services.AddSingleton(new DatabaseLocation(provider, connectionString, IsConfigured: !string.IsNullOrWhiteSpace(configuredConnection)));
        services.AddDbContext<SocialKpiDbContext>(options => DatabaseSetup.Configure(options, provider, connectionString));
        services.AddSingleton(TimeProvider.System);
        // Sign-in cookies and antiforgery tokens survive restarts and work on every instance that
        // serves the same database: their keys live in it (decision 0021).
        services.AddDataProtection()
            .PersistKeysToDbContext<SocialKpiDbContext>()
            .SetApplicationName("SocialKpi");

        services.AddIdentity<AppUser, IdentityRole>(IdentitySetup.ConfigureRules)
            .AddEntityFrameworkStores<SocialKpiDbContext>()
            .AddErrorDescriber<LocalizedIdentityErrors>();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/signin";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.Cookie.Name = "socialkpi.auth";
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // A script calling the JSON API gets a status it can act on, not the sign-in page's HTML.
            cookie.Events.OnRedirectToLogin = context => ApiStatusOrRedirect(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiStatusOrRedirect(context, StatusCodes.Status403Forbidden);
        });
        // Every request's session cookie is checked against the user's security stamp (one lookup by
        // key), so signing out, a new password, a new role or deactivation ends every copy at once.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.CanEdit, policy => policy.RequireRole(Roles.Owner, Roles.Member))
            .AddPolicy(Policies.OwnerOnly, policy => policy.RequireRole(Roles.Owner));
        services.AddCascadingAuthenticationState();

        services.AddUiTexts();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            // Browsers that ask for neither French nor English get the workspace's language.
            options.DefaultRequestCulture = new RequestCulture(WorkspaceLanguage(builder.Configuration) == "en" ? "en-GB" : "fr-FR");
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            options.FallBackToParentUICultures = true;
        });

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityState>();
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddSingleton<SignInThrottle>();
        services.AddHealthChecks()
            .AddDbContextCheck<SocialKpiDbContext>("database")
            .AddCheck<SchemaHealthCheck>("schema");
        services.AddSingleton<FirstRunState>();
        services.AddSingleton(new SocialKpi.Auditing.AuditRetention(builder.Configuration.GetValue("SocialKpi:AuditRetentionDays", 365)));
        services.AddHostedService<AuditRetentionService>();

        services.AddSocialKpiServices();
    }

    /// <summary>
    /// The Core services and what the components use beside them (MudBlazor, the notifier): the same
    /// set for the app and for component tests, which add their own database, clock and user.
    /// </summary>
    public static IServiceCollection AddSocialKpiServices(this IServiceCollection services)
    {
        services.AddMudServices();
        services.AddTransient<MudLocalizer, MudTexts>();
        services.AddScoped<Workspace>();
        services.TryAddSingleton(new SocialKpi.Auditing.AuditRetention());
        services.AddScoped<SocialKpi.Auditing.AuditTrail>();
        services.AddSingleton<IProspectChanges, InProcessProspectChanges>();
        services.AddSingleton<ClusterNotifications>();
        services.AddHostedService(sp => sp.GetRequiredService<ClusterNotifications>());
        services.AddScoped<StageMoves>();
        services.AddValidatorsFrom(typeof(ProspectInputValidator).Assembly);
        services.AddValidatorsFrom(typeof(Ui).Assembly);
        services.AddScoped<ProspectService>();
        services.AddScoped<ProspectSearch>();
        services.AddScoped<SocialKpi.Exporting.WorkspaceExport>();
        services.AddScoped<PersonalData>();
        services.AddScoped<Erasure>();
        services.AddScoped<RetentionReview>();
        services.AddScoped<SocialKpi.Importing.HistoryImporter>();
        services.AddScoped<SocialKpi.Importing.ImportMappings>();
        services.AddScoped<SocialKpi.Importing.PastImports>();
        services.AddScoped<SocialKpi.Importing.NetworkImporter>();
        services.AddScoped<DuplicateFinder>();
        services.AddScoped<Catalogue>();
        services.AddScoped<Overview>();
        services.AddScoped<ChannelService>();
        services.AddScoped<ActivityService>();
        services.AddScoped<SaleService>();
        services.AddScoped<ConsentService>();
        services.AddScoped<TimelineQuery>();
        services.AddScoped<FollowUps>();
        services.AddScoped<BoardQuery>();
        services.AddScoped<StageSettings>();
        services.AddScoped<LossReasons>();
        // The report reads through its scope's DbContext connection (its other constructor takes a bare one).
        services.AddScoped(sp => new AttributionReport(sp.GetRequiredService<SocialKpiDbContext>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<AttributionSettings>();
        services.AddScoped<Funnel>();
        services.AddScoped<SocialKpi.Social.SocialAccounts>();
        services.AddScoped<SocialKpi.TimeSpent.TimeEntries>();
        services.AddScoped<SocialKpi.TimeSpent.HourlyRate>();
        services.AddScoped<ChannelsReport>();
        services.AddScoped<RingsReport>();
        services.AddScoped<FitReport>();
        services.AddScoped<SocialKpi.Personas.PersonaService>();
        services.AddScoped<SocialKpi.Objectives.ObjectiveService>();
        services.AddScoped<KpiFigures>();
        services.AddScoped<KpiBoard>();
        services.AddScoped<SocialKpi.Prospects.LocalRound>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<AccountLinks>();
        services.AddSingleton<SessionEnds>();
        services.AddScoped<Credentials>();
        services.AddScoped<DemoSeeder>();
        return services;
    }

    private static Task ApiStatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            // An empty 401 stays empty: no "page not found" HTML re-executed into it.
            if (context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
                pages.Enabled = false;
        }
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>"fr" (the default) or "en": names a new workspace's channels and stages, and is the fallback UI language.</summary>
    public static string WorkspaceLanguage(IConfiguration configuration) =>
        configuration["SocialKpi:Language"]?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en" : "fr";

    /// <summary>
    /// Checks the database's place, brings its schema up to date and gives a new workspace its
    /// catalogue. What the person starting the app can fix comes out as a <see cref="StartupProblem"/>.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var location = app.Services.GetRequiredService<DatabaseLocation>();
        try
        {
            if (location.Provider == DatabaseProvider.Sqlite)
                DatabaseFile.Prepare(location.ConnectionString, mayCreateFolder: !location.IsConfigured);
            await using var scope = app.Services.CreateAsyncScope();
            await WorkspaceInitializer.InitializeAsync(scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>(), WorkspaceLanguage(app.Configuration));
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (DatabaseFile.Explain(e, location.ConnectionString) is { } problem)
        {
            throw problem;
        }
    }

    public static void UseSocialKpi(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found");

        app.UseSecurityHeaders();
        app.UseRequestLocalization();
        // Every HTTP request (pages, downloads, sign-in) tells the audit log where it came from.
        app.Use(async (context, next) =>
        {
            using var origin = SocialKpi.Auditing.RequestOrigin.Use(context.Connection.RemoteIpAddress?.ToString());
            await next(context);
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<FirstRunRedirect>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseMiddleware<AntiforgeryFailure>();

        // Read-only: a probe GETs it; other methods get a 405 like any route that does not take them.
        app.MapHealthChecks("/health").AllowAnonymous().WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        app.MapAccountEndpoints();
        app.MapReportEndpoints();
        app.MapProspectEndpoints();
        app.MapFollowUpEndpoints();
        app.MapPrivacyEndpoints();
        app.MapAuditEndpoints();
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
