using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Data;
using SocialKpi.Prospects;
using SocialKpi.Users;

namespace SocialKpi.Web.Tests.Security;

/// <summary>
/// Every route with every method, signed out and in each role: what answers, and that no request
/// changes the data (writes happen through the circuit, where Core checks roles; HTTP offers none).
/// </summary>
public sealed class AccessMatrixTests(SocialKpiFactory factory) : IClassFixture<SocialKpiFactory>
{
    private static readonly string[] Pages =
    [
        "/", "/prospects", "/prospects/new", "/prospects/1", "/prospects/1/edit", "/prospects/1/consents", "/board", "/follow-ups",
        "/reports", "/reports/attribution", "/reports/funnel", "/reports/channels", "/reports/rings", "/social", "/time", "/objectives", "/rounds", "/audit", "/privacy/retention", "/import", "/settings", "/account/password", "/account/denied",
    ];

    /// <summary>Forms that only owners and members may open; a viewer is sent to "access denied".</summary>
    private static readonly string[] EditorPages = ["/prospects/new", "/prospects/1/edit"];

    private static readonly string[] Api = ["/api/reports/attribution", "/api/reports/attribution.csv", "/api/reports/funnel.csv", "/api/reports/channels", "/api/reports/channels.csv", "/api/reports/kpis", "/api/prospects.csv", "/api/follow-ups.csv", "/api/reports/rings.csv", "/api/reports/fit.csv", "/api/reports/conversion.csv", "/api/reports/kpis.csv", "/api/time.csv", "/api/prospects/1/personal-data.json", "/api/audit.csv"];

    /// <summary>Personal data: a viewer gets a 404, as for a prospect that does not exist.</summary>
    private static readonly string[] EditorApi = ["/api/prospects/1/personal-data.json"];

    /// <summary>The audit log: members and viewers get a 404.</summary>
    private static readonly string[] OwnerApi = ["/api/audit.csv"];

    private static readonly string[] Open = ["/account/signin", "/health"];

    private static readonly string[] Writes = ["/account/signout", "/account/setup", "/culture?culture=en-GB&returnUrl=%2F"];

    private static readonly HttpMethod[] Methods = [HttpMethod.Get, HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch];

    public static TheoryData<string?> Roles_ => new() { null, Roles.Viewer, Roles.Member, Roles.Owner };

    [Theory]
    [MemberData(nameof(Roles_))]
    public async Task No_route_and_method_fails_or_writes_and_pages_need_a_user(string? role)
    {
        await factory.EnsureOwnerAsync();
        await EnsureProspectAsync();
        using var session = role is null ? factory.NewSession() : await factory.SignedInAsync(role);
        var before = await FingerprintAsync();
        var answers = new List<string>();

        foreach (var url in Pages.Concat(Api).Concat(Open).Concat(Writes))
        {
            foreach (var method in Methods)
            {
                using var request = new HttpRequestMessage(method, url);
                if (method != HttpMethod.Get)
                    request.Content = new FormUrlEncodedContent([new("Input.Email", "intrus@exemple.fr"), new("_handler", "setup")]);
                var response = await session.Client.SendAsync(request);
                var status = (int)response.StatusCode;
                answers.Add($"{method} {url} → {status}");

                Assert.True(status < 500, $"{method} {url} as {role ?? "anonymous"}: {status}");
                if (method != HttpMethod.Get)
                    Assert.True(status is >= 300 and < 500, $"{method} {url} as {role ?? "anonymous"} was accepted: {status}");
                if (role is null && method == HttpMethod.Get && Pages.Contains(url))
                    Assert.StartsWith("/account/signin", response.RedirectPath());
                if (role is null && method == HttpMethod.Get && Api.Contains(url))
                    Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                if (role == Roles.Viewer && method == HttpMethod.Get && EditorPages.Contains(url))
                    Assert.StartsWith("/account/denied", response.RedirectPath());
                else if (role == Roles.Viewer && method == HttpMethod.Get && EditorApi.Contains(url))
                    Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                else if (role is Roles.Viewer or Roles.Member && method == HttpMethod.Get && OwnerApi.Contains(url))
                    Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                else if (role is not null && method == HttpMethod.Get && (Pages.Contains(url) || Api.Contains(url)) && url != "/account/denied")
                    Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} as {role}: {status}");
            }
        }

        Assert.Equal(before, await FingerprintAsync());
        Assert.True(answers.Count == (Pages.Length + Api.Length + Open.Length + Writes.Length) * Methods.Length);
    }

    // One prospect, so that /prospects/1 and its pages are real ones.
    private async Task EnsureProspectAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        if (await db.Prospects.AnyAsync())
            return;
        var input = await Builders.ProspectInputAsync(db, "Hélène Léger");
        Assert.True((await scope.ServiceProvider.GetRequiredService<ProspectService>().CreateAsync(input, null)).Succeeded);
    }

    /// <summary>Every table's row count, and the users' names, e-mails and roles: what a write would change.</summary>
    private Task<string> FingerprintAsync() => factory.QueryAsync(async db =>
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            // The audit log is the one table a read writes to: downloads are recorded there, by design,
            // and each such write adds its entry to the journal of changes (decision 0026).
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('AuditEntries', 'DataChanges') ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        }
        var lines = new List<string>();
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM \"{table}\"";
            lines.Add($"{table}: {await count.ExecuteScalarAsync()}");
        }
        var users = await db.Users.OrderBy(u => u.Id).Select(u => u.DisplayName + "|" + u.Email + "|" + u.IsActive).ToListAsync();
        return string.Join('\n', lines.Concat(users));
    });
}
