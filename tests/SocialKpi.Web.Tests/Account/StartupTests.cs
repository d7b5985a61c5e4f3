using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;

namespace SocialKpi.Web.Tests.Account;

/// <summary>The app refuses to run on a database it would misuse, and says so in one line.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Health_turns_unhealthy_when_the_schema_is_not_this_version_s()
    {
        using var factory = new SocialKpiFactory();
        await factory.EnsureOwnerAsync();
        using var session = factory.NewSession();
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/health")).StatusCode);

        await factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ('29990101000000_FromTheFuture', '99.0')"""));
        var response = await session.Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_configured_database_folder_that_does_not_exist_stops_the_app_with_one_line()
    {
        var directory = Path.Combine(Path.GetTempPath(), "socialkpi-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var missing = Path.Combine(directory, "no-such-folder", "socialkpi.db");
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                ArgumentList = { Path.Combine(AppContext.BaseDirectory, "SocialKpi.Web.dll"), "--urls", "http://127.0.0.1:0" },
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                Environment =
                {
                    ["ConnectionStrings__SocialKpi"] = $"Data Source={missing}",
                    ["SocialKpi__AppDirectory"] = directory,
                    ["ASPNETCORE_ENVIRONMENT"] = "Production",
                },
            };
            using var app = Process.Start(start)!;
            var errors = app.StandardError.ReadToEndAsync();
            var output = app.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await app.WaitForExitAsync(timeout.Token);

            Assert.Equal(1, app.ExitCode);
            var lines = (await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal($"The database folder {Path.GetDirectoryName(missing)} does not exist: create it, or correct the connection string. / Le dossier de la base {Path.GetDirectoryName(missing)} n'existe pas : créez-le, ou corrigez la chaîne de connexion.", Assert.Single(lines).TrimEnd());
            Assert.False(Directory.Exists(Path.GetDirectoryName(missing)));
            Assert.DoesNotContain("Exception", await output);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
