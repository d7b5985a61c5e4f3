using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Objectives;
using SocialKpi.Pipeline;
using SocialKpi.Prospects;
using SocialKpi.Users;
using SocialKpi.Web.Features.Dashboard;
using SocialKpi.Web.Features.Objectives;

namespace SocialKpi.Web.Tests.Objectives;

/// <summary>
/// The KPI board and the dashboard's headline figures. The test clock says Sunday 2026-11-22 in
/// Paris: a monthly objective has had 22 of November's 30 days.
/// </summary>
public sealed class ObjectivesPageTests : ComponentTest
{
    /// <summary>A prospect created today who paid 700 € today.</summary>
    private async Task SaleOf700Async()
    {
        var prospect = await ProspectAsync("Hélène Léger", Me.Id);
        var won = await QueryAsync(db => db.Stages.Where(s => s.Outcome == StageOutcome.Won).Select(s => s.Id).SingleAsync());
        var version = (await LoadProspectAsync(prospect)).Version;
        var move = new StageMoveInput { StageId = won, Version = version, SaleAmount = "700", SoldOn = "2026-11-22" };
        Assert.True((await Run((ProspectService s) => s.ChangeStageAsync(prospect, move, null))).Succeeded);
    }

    /// <summary>The text as read: narrow and non-breaking spaces as spaces, runs of white space as one.</summary>
    private static string Plain(string text) => System.Text.RegularExpressions.Regex.Replace(text.Replace('\u202F', ' ').Replace('\u00A0', ' '), @"\s+", " ");

    [Fact]
    public async Task The_owner_sets_a_target_a_wrong_one_is_explained_and_the_verdict_follows()
    {
        await SaleOf700Async();
        var page = RenderPage<ObjectivesPage>("/objectives");
        page.WaitForElement("[data-testid=objective-Sales] [data-testid=objective-set]");
        Assert.Equal(5, page.FindAll("[data-testid=objective-set]").Count);

        // Click, not ClickAsync: the handler waits for the dialog's answer.
        page.Find("[data-testid=objective-Sales] [data-testid=objective-set]").Click();
        Dialogs.WaitForElement("#objective-form");
        await ChooseAsync(Dialogs.FindComponent<MudBlazor.MudSelect<KpiMetric>>(), "Chiffre d’affaires");
        await Dialogs.Find("#objective-target").ChangeAsync(new ChangeEventArgs { Value = "beaucoup" });
        await Dialogs.Find("#objective-form").SubmitAsync();
        Dialogs.WaitForAssertion(() => Assert.Contains("Saisissez un montant cible en euros supérieur à 0", Dialogs.Find("#objective-form").TextContent));
        Assert.False(await QueryAsync(db => db.Objectives.AnyAsync()));

        await Dialogs.Find("#objective-target").ChangeAsync(new ChangeEventArgs { Value = "900" });
        await Dialogs.Find("#objective-form").SubmitAsync();

        page.WaitForElement("[data-testid=objective-Sales] [data-testid=headline]");
        var card = page.Find("[data-testid=objective-Sales]");
        Assert.Equal("En bonne voie", card.QuerySelector("[data-testid=verdict]")!.TextContent.Trim());
        Assert.Contains("700 € / 900 €", Plain(card.QuerySelector("[data-testid=headline]")!.TextContent));
        Assert.Contains("Novembre 2026 · jour 22 sur 30", card.TextContent);
        // 700 € in 22 days of 30.
        Assert.Equal("À ce rythme, 954,55 € d’ici la fin de la période.", Plain(card.QuerySelector("[data-testid=projection]")!.TextContent));
        Assert.Contains("Objectif enregistré.", Snackbars());
        Assert.Equal(4, page.FindAll("[data-testid=objective-set]").Count);
    }

    [Fact]
    public async Task In_English_each_KPI_shows_now_the_same_days_before_and_the_change()
    {
        UseCulture("en-GB");
        await SaleOf700Async();
        await Run((ObjectiveService s) => s.SaveAsync(new ObjectiveInput { Kind = ObjectiveKind.Sales, Metric = KpiMetric.Clients, Target = "3" }));

        var page = RenderPage<ObjectivesPage>("/objectives");

        page.WaitForElement("[data-testid=objective-Sales] [data-testid=headline]");
        var card = page.Find("[data-testid=objective-Sales]");
        // One client with 2.2 expected by now.
        Assert.Equal("Behind", card.QuerySelector("[data-testid=verdict]")!.TextContent.Trim());
        var revenue = card.QuerySelector("[data-testid=kpi-Revenue]")!.TextContent;
        Assert.Contains("€700", revenue);
        Assert.Contains("+€700", revenue);
        Assert.Contains("Instagram €700", revenue);
        Assert.Contains("100.0%", card.QuerySelector("[data-testid=kpi-ConversionRate]")!.TextContent);
    }

    [Fact]
    public async Task A_social_KPI_without_snapshots_says_so_instead_of_showing_zero()
    {
        await Run((ObjectiveService s) => s.SaveAsync(new ObjectiveInput { Kind = ObjectiveKind.Notoriety, Metric = KpiMetric.Reach, Target = "5000" }));

        var page = RenderPage<ObjectivesPage>("/objectives");

        page.WaitForElement("[data-testid=objective-Notoriety] [data-testid=headline]");
        var card = page.Find("[data-testid=objective-Notoriety]");
        Assert.Equal("Pas encore de données", card.QuerySelector("[data-testid=verdict]")!.TextContent.Trim());
        Assert.Contains("—", card.QuerySelector("[data-testid=headline]")!.TextContent);
        Assert.Contains(card.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/social");
    }

    [Fact]
    public async Task The_owner_removes_an_objective()
    {
        await Run((ObjectiveService s) => s.SaveAsync(new ObjectiveInput { Kind = ObjectiveKind.Offers, Metric = KpiMetric.Conversations, Target = "40" }));
        var page = RenderPage<ObjectivesPage>("/objectives");
        page.WaitForElement("[data-testid=objective-Offers] [data-testid=objective-remove]");

        await page.Find("[data-testid=objective-Offers] [data-testid=objective-remove]").ClickAsync(new MouseEventArgs());

        page.WaitForElement("[data-testid=objective-Offers] [data-testid=objective-set]");
        Assert.False(await QueryAsync(db => db.Objectives.AnyAsync()));
        Assert.Contains("Objectif retiré.", Snackbars());
    }

    [Fact]
    public async Task A_member_reads_the_board_without_the_owner_s_buttons()
    {
        await Run((ObjectiveService s) => s.SaveAsync(new ObjectiveInput { Kind = ObjectiveKind.Offers, Metric = KpiMetric.Conversations, Target = "40" }));
        await SignInAsAsync(Roles.Member);

        var page = RenderPage<ObjectivesPage>("/objectives");

        page.WaitForElement("[data-testid=objective-Offers] [data-testid=headline]");
        Assert.Empty(page.FindAll("[data-testid=objective-set]"));
        Assert.Empty(page.FindAll("[data-testid=objective-edit]"));
        // Kinds without an objective are the owner's to set: a member sees only the one there is.
        Assert.Empty(page.FindAll("[data-testid=objective-Sales]"));
    }

    [Fact]
    public async Task The_dashboard_s_headline_figures_follow_the_objectives()
    {
        await SaleOf700Async();
        var before = RenderPage<Home>("/");
        before.WaitForElement("[data-testid=kpis]");
        Assert.Contains("Nouveaux sur 30 jours", before.Find("[data-testid=kpis]").TextContent);
        Assert.NotEmpty(before.FindAll("[data-testid=choose-objectives]"));

        await Run((ObjectiveService s) => s.SaveAsync(new ObjectiveInput { Kind = ObjectiveKind.Sales, Metric = KpiMetric.Revenue, Target = "900" }));
        await Run((ObjectiveService s) => s.SaveAsync(new ObjectiveInput { Kind = ObjectiveKind.Offers, Metric = KpiMetric.Conversations, Target = "40", Period = ObjectivePeriod.Week }));
        var after = RenderPage<Home>("/");

        after.WaitForElement("[data-testid=kpis] [data-testid=verdict]");
        var kpis = Plain(after.Find("[data-testid=kpis]").TextContent);
        Assert.DoesNotContain("Nouveaux sur 30 jours", kpis);
        Assert.Contains("Offres : Conversations", kpis);
        Assert.Contains("Ventes : Chiffre d’affaires", kpis);
        Assert.Contains("cible 900 € · Novembre 2026", kpis);
        Assert.Contains("Semaine du 16/11/2026", kpis);
    }
}
