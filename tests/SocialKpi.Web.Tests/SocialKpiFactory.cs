using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using SocialKpi.Users;

namespace SocialKpi.Web.Tests;

/// <summary>The whole web app on a SQLite file of its own, in a temporary folder.</summary>
public sealed class SocialKpiFactory : WebApplicationFactory<Program>
{
    public const string Password = "motdepasse42";

    private readonly string directory = Path.Combine(Path.GetTempPath(), "socialkpi-web-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The app's clock: tests never read the machine's.</summary>
    public FakeTimeProvider Clock { get; } = TestClock.Create();

    /// <summary>
    /// Sign-in posts a client may make in a burst. Test classes sign many users in from the same
    /// (test server) address, so the limit is raised unless a test checks the real one.
    /// </summary>
    public int? SignInAttemptsPerClient { get; init; } = 1000;

    /// <summary>Another instance's database, to run this one beside it on the same data (null: a file of its own).</summary>
    public string? SharedConnectionString { get; init; }

    /// <summary>"postgres" with a <see cref="SharedConnectionString"/> to a PostgreSQL database (null: SQLite).</summary>
    public string? Provider { get; init; }

    /// <summary>This instance's database, as another instance would be configured with it.</summary>
    public string ConnectionString => SharedConnectionString ?? $"Data Source={Path.Combine(directory, "data", "socialkpi.db")}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("SocialKpi:AppDirectory", directory);
        if (SharedConnectionString is not null)
            builder.UseSetting("ConnectionStrings:SocialKpi", SharedConnectionString);
        if (Provider is not null)
            builder.UseSetting("Database:Provider", Provider);
        if (SignInAttemptsPerClient is { } attempts)
            builder.UseSetting(SocialKpi.Web.Infrastructure.SignInThrottle.AttemptsKey, attempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    public WebSession NewSession(string? acceptLanguage = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (acceptLanguage is not null)
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        return new WebSession(client);
    }

    public async Task<AppUser> CreateUserAsync(string role, string? email = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
            .CreateAsync(email ?? $"{role}-{Guid.NewGuid():N}@atelier.fr", $"Test {role}", Password, role);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.User!;
    }

    /// <summary>Sets the workspace up (gives it an owner) if nobody has yet.</summary>
    public async Task EnsureOwnerAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<UserAccounts>().HasOwnerAsync())
            await CreateUserAsync(Roles.Owner);
    }

    /// <summary>A session signed in as a new user of the role, in a workspace that is set up.</summary>
    public async Task<WebSession> SignedInAsync(string role, string? acceptLanguage = null)
    {
        if (role != Roles.Owner)
            await EnsureOwnerAsync();
        var user = await CreateUserAsync(role);
        var session = NewSession(acceptLanguage);
        var signIn = await session.GetPageAsync("/account/signin");
        var response = await session.SubmitAsync(signIn, "form[action='/account/signin']", new() { ["Input.Email"] = user.Email!, ["Input.Password"] = Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    public async Task<IReadOnlyList<UserSummary>> UsersAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserAccounts>().ListAsync();
    }

    /// <summary>Runs a query against the app's own database.</summary>
    public async Task<T> QueryAsync<T>(Func<SocialKpi.Data.SocialKpiDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SocialKpi.Data.SocialKpiDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
            Directory.Delete(directory, recursive: true);
    }
}
