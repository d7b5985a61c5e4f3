using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Social;
using SocialKpi.TimeSpent;
using SocialKpi.Users;
using SocialKpi.Web.Features.Reports;
using SocialKpi.Web.Features.Settings;
using SocialKpi.Web.Features.Social;
using SocialKpi.Web.Features.TimeSpent;

namespace SocialKpi.Web.Tests.Social;

/// <summary>The pages of "what pays": accounts and their figures, time spent, and the channels report.</summary>
public sealed class WhatPaysPagesTests : ComponentTest
{
    private Task<int> ChannelIdAsync(string name) => QueryAsync(db => db.Channels.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    [Fact]
    public async Task An_account_is_added_its_figures_recorded_and_its_engagement_shown_against_one_percent()
    {
        var page = RenderPage<SocialPage>("/social");
        page.WaitForElement("[data-testid=accounts-empty]");

        await ChooseAsync(page.FindComponents<MudBlazor.MudSelect<int>>().First(), "Instagram");
        await page.Find("#account-handle").ChangeAsync(new ChangeEventArgs { Value = "@atelier.lea" });
        await page.Find("[data-testid=account-add]").SubmitAsync();
        page.WaitForElement("[data-testid=snapshot-form]");

        await page.Find("#snapshot-followers").ChangeAsync(new ChangeEventArgs { Value = "1 200" });
        await page.Find("#snapshot-likes").ChangeAsync(new ChangeEventArgs { Value = "48" });
        await page.Find("#snapshot-reach").ChangeAsync(new ChangeEventArgs { Value = "trop" });
        await page.Find("[data-testid=snapshot-form]").SubmitAsync();
        page.WaitForAssertion(() => Assert.Contains("Saisissez un nombre entier", page.Find("[data-testid=snapshot-form]").TextContent));

        await page.Find("#snapshot-reach").ChangeAsync(new ChangeEventArgs { Value = "" });
        await page.Find("[data-testid=snapshot-form]").SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains("4,0 %", page.Find("[data-testid=account-row]").TextContent));
        Assert.Contains("1 200", page.Find("[data-testid=account-row]").TextContent.Replace('\u202F', ' ').Replace('\u00A0', ' '));
        Assert.Contains("Chiffres enregistrés.", Snackbars());
        page.WaitForElement("[data-testid=account-charts]");
        Assert.Contains("Relevez les chiffres deux jours différents", page.Find("[data-testid=follower-growth]").TextContent);
        Assert.Equal(2, page.FindAll("[data-testid=account-charts] .chart svg").Count);
    }

    [Fact]
    public async Task Follower_growth_reads_from_the_first_snapshot_to_the_last()
    {
        var account = (await Run((SocialAccounts s) => s.AddAccountAsync(1, "@atelier"))).Id!.Value;
        await Run((SocialAccounts s) => s.RecordSnapshotAsync(account, new SnapshotInput { Date = "2026-11-01", Followers = "1000" }));
        await Run((SocialAccounts s) => s.RecordSnapshotAsync(account, new SnapshotInput { Date = "2026-11-21", Followers = "1100" }));

        var page = RenderPage<SocialPage>("/social");

        page.WaitForAssertion(() => Assert.Equal("+100 abonnés (10,0 %) en 20 jours.", page.Find("[data-testid=follower-growth]").TextContent.Replace('\u202F', ' ').Replace('\u00A0', ' ')));
    }

    [Fact]
    public async Task Time_is_added_by_hand_and_by_the_timer_then_listed()
    {
        var page = RenderPage<TimePage>("/time");
        page.WaitForElement("[data-testid=time-empty]");

        await ChooseAsync(page.FindComponent<MudBlazor.MudSelect<int>>(), "Porte-à-porte");
        await page.Find("#time-minutes").ChangeAsync(new ChangeEventArgs { Value = "90" });
        await page.Find("#time-note").ChangeAsync(new ChangeEventArgs { Value = "Rue des Lilas" });
        await page.Find("[data-testid=time-add]").SubmitAsync();
        page.WaitForAssertion(() => Assert.Contains("Rue des Lilas", page.Find("[data-testid=time-entries]").TextContent));

        await page.Find("[data-testid=timer-start]").ClickAsync(new MouseEventArgs());
        page.WaitForElement("[data-testid=timer-running]");
        // The workspace's time (Paris), not the server's.
        Assert.Equal("Chrono en cours sur Porte-à-porte depuis 10:00.", page.Find("[data-testid=timer-running]").TextContent);
        Clock.Advance(TimeSpan.FromMinutes(42));
        await page.Find("[data-testid=timer-stop]").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=time-row]").Count));
        Assert.Equal([42, 90], await QueryAsync(db => db.TimeEntries.OrderBy(t => t.Minutes).Select(t => t.Minutes).ToListAsync()));
    }

    [Fact]
    public async Task A_minute_count_out_of_range_is_explained_beside_the_field()
    {
        var page = RenderPage<TimePage>("/time");
        page.WaitForElement("[data-testid=time-add]");

        await ChooseAsync(page.FindComponent<MudBlazor.MudSelect<int>>(), "Instagram");
        await page.Find("#time-minutes").ChangeAsync(new ChangeEventArgs { Value = "5000" });
        await page.Find("[data-testid=time-add]").SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains("Saisissez des minutes entières, de 1 à 1440.", page.Find("[data-testid=time-add]").TextContent));
        Assert.False(await QueryAsync(db => db.TimeEntries.AnyAsync()));
    }

    [Fact]
    public async Task A_viewer_reads_time_and_accounts_without_forms()
    {
        await Run((TimeEntries t) => t.AddAsync(new TimeEntryInput { ChannelId = 1, Date = "2026-11-20", Minutes = "30", Note = "Posts" }));
        await SignInAsAsync(Roles.Viewer);

        var time = RenderPage<TimePage>("/time");
        var social = RenderPage<SocialPage>("/social");

        time.WaitForElement("[data-testid=time-entries]");
        Assert.Empty(time.FindAll("[data-testid=time-add]"));
        Assert.Empty(time.FindAll("[data-testid=time-row] button"));
        social.WaitForElement("[data-testid=accounts-empty]");
        Assert.Empty(social.FindAll("[data-testid=account-add]"));
        var refused = await Run((TimeEntries t) => t.AddAsync(new TimeEntryInput { ChannelId = 1, Date = "2026-11-20", Minutes = "30" }, Me.Id));
        Assert.False(refused.Succeeded);
    }

    [Fact]
    public async Task The_channels_report_shows_each_channel_in_a_sentence_and_a_table_with_its_csv()
    {
        var prospect = await ProspectAsync("Hélène Léger", Me.Id);
        var instagramId = await ChannelIdAsync("Instagram");
        await Run((TimeEntries t) => t.AddAsync(new TimeEntryInput { ChannelId = instagramId, Date = "2026-11-20", Minutes = "120" }));
        var account = (await Run((SocialAccounts s) => s.AddAccountAsync(instagramId, "@atelier"))).Id!.Value;
        await Run((SocialAccounts s) => s.RecordSnapshotAsync(account, new SnapshotInput { Date = "2026-11-20", Followers = "1000", Likes = "41" }));

        var page = RenderPage<ChannelsPage>("/reports/channels?from=2026-11-01&to=2026-12-01");

        page.WaitForElement("[data-testid=channels-table]");
        var instagram = page.FindAll("[data-testid=channel-report-row]").First(r => r.TextContent.Contains("Instagram", StringComparison.Ordinal)).TextContent.Replace('\u202F', ' ').Replace('\u00A0', ' ');
        Assert.Contains("1 000", instagram);
        Assert.Contains("4,1 %", instagram);
        Assert.Contains("Instagram : 4,1 % d'engagement, 0 clients gagnés, 0 € de l'heure.", page.Find("[data-testid=channel-sentences]").TextContent.Replace('\u202F', ' ').Replace('\u00A0', ' '));
        Assert.Contains("Indiquez votre taux horaire", page.Markup);
        Assert.Equal("/api/reports/channels.csv?from=2026-11-01&to=2026-12-01", page.Find("a[href^='/api/reports/channels.csv']").GetAttribute("href"));
        Assert.True(prospect > 0);
    }

    [Fact]
    public void A_bad_model_or_period_says_so()
    {
        var page = RenderPage<ChannelsPage>("/reports/channels?model=astrologie");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-alert-text-error, .mud-alert")));
    }

    [Fact]
    public async Task The_owner_sets_the_hourly_rate_in_settings()
    {
        var page = RenderPage<SettingsPage>("/settings?tab=time");
        page.WaitForElement("#hourly-rate");

        await page.Find("#hourly-rate").ChangeAsync(new ChangeEventArgs { Value = "37,50" });
        await page.Find("[data-testid=time-settings] form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains("Votre heure vaut 37,50", page.Find("[data-testid=hourly-rate-current]").TextContent.Replace('\u202F', ' ').Replace('\u00A0', ' ')));
        Assert.Equal(37.50m, await Run((HourlyRate r) => r.GetAsync()));
    }

    [Fact]
    public async Task The_rings_report_counts_each_ring_and_advises_widening_once_the_street_is_mostly_contacted()
    {
        for (var i = 0; i < 5; i++)
        {
            var input = await QueryAsync(db => Builders.ProspectInputAsync(db, $"Voisin {i}", Me.Id, "Porte-à-porte"));
            input.Ring = SocialKpi.Prospects.PerimeterRing.Street;
            var id = (await Run((SocialKpi.Prospects.ProspectService s) => s.CreateAsync(input, Me.Id))).Id!.Value;
            if (i < 4)
            {
                await Run((SocialKpi.Activities.ActivityService s) => s.LogAsync(id, new SocialKpi.Activities.ActivityInput
                {
                    Kind = SocialKpi.Activities.ActivityKind.Visit, Direction = SocialKpi.Activities.Direction.Inbound, OccurredAt = "2026-11-21T10:00", DurationMinutes = "15",
                }, Me.Id));
            }
        }
        // Inbound visits are not contacts we made: nothing to advise yet.
        var before = RenderPage<RingsPage>("/reports/rings");
        before.WaitForElement("[data-testid=rings-table]");
        Assert.Empty(before.FindAll("[data-testid=ring-advice]"));

        await QueryAsync(db => db.Activities.ExecuteUpdateAsync(u => u.SetProperty(a => a.Direction, SocialKpi.Activities.Direction.Outbound)));
        var page = RenderPage<RingsPage>("/reports/rings");

        page.WaitForElement("[data-testid=ring-advice]");
        Assert.Equal("Rue : 80,0 % de ses prospects sont contactés. Il est temps d'élargir au cercle suivant : Quartier.", page.Find("[data-testid=ring-advice] .mud-alert-message").TextContent.Trim().Replace('\u202F', ' ').Replace('\u00A0', ' '));
        var street = page.FindAll("[data-testid=ring-row]").First(r => r.TextContent.Contains("Rue", StringComparison.Ordinal)).TextContent;
        Assert.Contains("80,0", street);
        Assert.Equal("/prospects?ring=Street", page.FindAll("[data-testid=ring-row] a").First(a => a.TextContent == "Rue").GetAttribute("href"));
    }
}
