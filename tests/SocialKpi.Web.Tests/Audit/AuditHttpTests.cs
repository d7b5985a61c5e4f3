using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Auditing;
using SocialKpi.Users;

namespace SocialKpi.Web.Tests.Audit;

/// <summary>What plain HTTP requests leave in the audit log, and who may download it.</summary>
public sealed class AuditHttpTests(SocialKpiFactory factory) : IClassFixture<SocialKpiFactory>
{
    [Fact]
    public async Task A_failed_sign_in_and_a_download_are_recorded_and_only_the_owner_downloads_the_log()
    {
        await factory.EnsureOwnerAsync();
        using (var stranger = factory.NewSession())
        {
            var signIn = await stranger.GetPageAsync("/account/signin");
            await stranger.SubmitAsync(signIn, "form[action='/account/signin']", new() { ["Input.Email"] = "intrus-audit@exemple.fr", ["Input.Password"] = "devine123" });
        }
        using var member = await factory.SignedInAsync(Roles.Member);
        using var owner = await factory.SignedInAsync(Roles.Owner);

        var download = await member.Client.GetAsync("/api/prospects.csv?q=audit");
        var refused = await member.Client.GetAsync("/api/audit.csv");
        var log = await owner.Client.GetStringAsync("/api/audit.csv");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (download.StatusCode, refused.StatusCode));
        Assert.Contains(",sign_in_failed,,intrus-audit@exemple.fr,", log);
        Assert.Contains(",list_exported,,/api/prospects.csv?q=audit,", log);
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.SignedIn)));
    }
}
