using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Activities;
using SocialKpi.Data;
using SocialKpi.Prospects;
using SocialKpi.Users;

namespace SocialKpi.Web.Tests.Exports;

/// <summary>The lists' CSV downloads: what is on screen, filters included, with a BOM for Excel.</summary>
public sealed class ListExportTests(SocialKpiFactory factory) : IClassFixture<SocialKpiFactory>
{
    private async Task<int> ProspectAsync(string name, string? ownerId = null, string channel = "Instagram")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        var created = await scope.ServiceProvider.GetRequiredService<ProspectService>().CreateAsync(await Builders.ProspectInputAsync(db, name, ownerId, channel), null);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        return created.Id!.Value;
    }

    private static string Text(byte[] bytes)
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]);
    }

    [Fact]
    public async Task The_prospects_csv_keeps_the_search_and_filters_of_the_list()
    {
        using var session = await factory.SignedInAsync(Roles.Viewer);
        await ProspectAsync("Épicerie Zoé Export");
        await ProspectAsync("Zoé Export par LinkedIn", channel: "LinkedIn");
        await ProspectAsync("=Formule Export");
        var linkedIn = await factory.QueryAsync(db => db.Channels.Where(c => c.Name == "LinkedIn").Select(c => c.Id).SingleAsync());

        var searched = Text(await session.Client.GetByteArrayAsync("/api/prospects.csv?q=zoe%20export"));
        var filtered = Text(await session.Client.GetByteArrayAsync($"/api/prospects.csv?q=export&channel={linkedIn}"));
        var formula = Text(await session.Client.GetByteArrayAsync("/api/prospects.csv?q=formule"));

        var rows = searched.TrimEnd('\n').Split('\n');
        Assert.StartsWith("ref,name,email,phone,handle,source_channel,created_at,ring,stage,company,owner,persona,tags,estimated_value", rows[0]);
        Assert.Equal(3, rows.Length);
        Assert.Contains("Zoé Export par LinkedIn,", Assert.Single(filtered.TrimEnd('\n').Split('\n').Skip(1)));
        Assert.Contains(",'=Formule Export,", formula);
    }

    [Fact]
    public async Task The_follow_ups_csv_lists_mine_or_everyones_open_next_steps()
    {
        using var session = await factory.SignedInAsync(Roles.Member);
        var someoneElse = await factory.CreateUserAsync(Roles.Member, "collegue-export@atelier.fr");
        var prospectId = await ProspectAsync("Fleuriste Export", someoneElse.Id);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var today = DateOnly.FromDateTime(factory.Clock.GetLocalNow().DateTime);
            var logged = await scope.ServiceProvider.GetRequiredService<ActivityService>().LogAsync(prospectId, new ActivityInput
            {
                Kind = ActivityKind.Call,
                Direction = Direction.Inbound,
                ChannelId = await scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>().Channels.Where(c => c.Name == "Téléphone").Select(c => c.Id).SingleAsync(),
                OccurredAt = Builders.Local(factory.Clock, factory.Clock.GetUtcNow().AddHours(-1)),
                Summary = "Appel",
                NextStep = "Envoyer le devis, version 2",
                NextStepDue = today.AddDays(-2).ToString("yyyy-MM-dd"),
            }, null);
            Assert.True(logged.Succeeded, string.Join("; ", logged.Errors));
        }

        var everyone = Text(await session.Client.GetByteArrayAsync("/api/follow-ups.csv?everyone=true"));
        var mine = Text(await session.Client.GetByteArrayAsync("/api/follow-ups.csv"));

        Assert.StartsWith("due,group,prospect,next_step,kind,channel\n", everyone);
        Assert.Contains(",overdue,Fleuriste Export,\"Envoyer le devis, version 2\",call,Téléphone\n", everyone);
        Assert.DoesNotContain("Fleuriste Export", mine);
    }

    [Fact]
    public async Task A_members_download_of_a_persons_data_is_readable_json_and_a_viewer_gets_nothing()
    {
        using var member = await factory.SignedInAsync(Roles.Member);
        using var viewer = await factory.SignedInAsync(Roles.Viewer);
        var id = await ProspectAsync("Hélène Données");

        var download = await member.Client.GetAsync($"/api/prospects/{id}/personal-data.json");
        var refused = await viewer.Client.GetAsync($"/api/prospects/{id}/personal-data.json");

        Assert.Equal(System.Net.HttpStatusCode.OK, download.StatusCode);
        Assert.Equal($"prospect-{id}-personal-data.json", download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
        Assert.Contains("\"name\": \"Hélène Données\"", await download.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task Every_report_downloads_as_csv_with_its_header()
    {
        using var session = await factory.SignedInAsync(Roles.Member);
        await ProspectAsync("Boulangerie Rapport");
        var expected = new Dictionary<string, string>
        {
            ["/api/reports/rings.csv"] = "ring,prospects,contacted,contacted_share,clients,conversion_rate,hours,revenue,revenue_per_hour\n",
            ["/api/reports/fit.csv"] = "fit_from_percent,fit_to_percent,prospects,clients,conversion_rate\n0,33,",
            ["/api/reports/conversion.csv"] = "channel,prospects,clients,conversion_rate\n",
            ["/api/reports/kpis.csv"] = "objective,period_from,period_to,days_gone,days,kpi,target,value,previous,change,verdict,projection\n",
            ["/api/time.csv"] = "channel,date,minutes,note\n",
        };

        foreach (var (url, start) in expected)
            Assert.StartsWith(start, Text(await session.Client.GetByteArrayAsync(url)));
        Assert.Contains("\nstreet,", Text(await session.Client.GetByteArrayAsync("/api/reports/rings.csv")));
        Assert.Contains("\nInstagram,", Text(await session.Client.GetByteArrayAsync("/api/reports/conversion.csv")));
    }
}
