using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Personas;
using ProspectService = SocialKpi.Prospects.ProspectService;
using SocialKpi.Users;
using SocialKpi.Web.Features.Prospects;
using SocialKpi.Web.Features.Reports;
using SocialKpi.Web.Features.Settings;

namespace SocialKpi.Web.Tests.Settings;

/// <summary>Personas with their checklist, a prospect's fit, and whether fit predicts sales.</summary>
public sealed class PersonasTests : ComponentTest
{
    private async Task<(int Persona, int Prospect)> PersonaWithProspectAsync()
    {
        var persona = (await Run((PersonaService p) => p.CreateAsync("Commerce de quartier", null))).Id!.Value;
        await Run((PersonaService p) => p.AddCriterionAsync(persona, "Ouvert le dimanche"));
        await Run((PersonaService p) => p.AddCriterionAsync(persona, "A un site web"));
        var input = await QueryAsync(db => Builders.ProspectInputAsync(db, "Fleuriste Rose", Me.Id));
        input.PersonaId = persona;
        var prospect = (await Run((ProspectService s) => s.CreateAsync(input, Me.Id))).Id!.Value;
        return (persona, prospect);
    }

    [Fact]
    public async Task The_owner_adds_a_persona_and_its_criteria()
    {
        var page = RenderPage<SettingsPage>("/settings?tab=personas");
        page.WaitForElement("#persona-name");

        await page.Find("#persona-name").ChangeAsync(new ChangeEventArgs { Value = "Artisan du bâtiment" });
        await page.Find("[data-testid=persona-add]").SubmitAsync();
        page.WaitForElement("[data-testid=persona] input[id^=criterion-]");
        await page.Find("[data-testid=persona] input[id^=criterion-]").ChangeAsync(new ChangeEventArgs { Value = "A une camionnette" });
        await page.Find("[data-testid=criterion-add]").SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains("A une camionnette", page.Find("[data-testid=persona]").TextContent));
        Assert.Equal(["A une camionnette"], await QueryAsync(db => db.PersonaCriteria.Select(c => c.Text).ToListAsync()));
    }

    [Fact]
    public async Task Ticking_a_criterion_on_the_prospect_page_moves_its_fit_score()
    {
        var (_, prospect) = await PersonaWithProspectAsync();
        var page = RenderPage<ProspectPage>($"/prospects/{prospect}", p => p.Add(x => x.Id, prospect));
        page.WaitForElement("[data-testid=prospect-fit]");
        Assert.Equal("0,0 %", page.Find("[data-testid=fit-score]").TextContent.Replace('\u202F', ' ').Replace('\u00A0', ' '));

        await page.FindAll("[data-testid=prospect-fit] input[type=checkbox]")[0].ChangeAsync(new ChangeEventArgs { Value = true });

        page.WaitForAssertion(() => Assert.Equal("50,0 %", page.Find("[data-testid=fit-score]").TextContent.Replace('\u202F', ' ').Replace('\u00A0', ' ')));
        Assert.Equal(1, await QueryAsync(db => db.ProspectCriteria.CountAsync(c => c.ProspectId == prospect)));
    }

    [Fact]
    public async Task A_viewer_sees_the_fit_but_cannot_change_it_and_the_reports_show_fit_bands()
    {
        var (_, prospect) = await PersonaWithProspectAsync();
        await SignInAsAsync(Roles.Viewer);

        var page = RenderPage<ProspectPage>($"/prospects/{prospect}", p => p.Add(x => x.Id, prospect));
        var reports = RenderPage<ReportsPage>("/reports");

        page.WaitForElement("[data-testid=prospect-fit]");
        Assert.All(page.FindAll("[data-testid=prospect-fit] input[type=checkbox]"), box => Assert.True(box.HasAttribute("readonly") || box.HasAttribute("disabled")));
        reports.WaitForAssertion(() => Assert.Equal(3, reports.FindAll("[data-testid=fit-bands] tbody tr").Count));
        Assert.Contains("0–33", reports.Find("[data-testid=fit-bands] tbody tr").TextContent);
    }

    [Fact]
    public async Task The_prospect_list_shows_the_fit()
    {
        var (persona, prospect) = await PersonaWithProspectAsync();
        var criterion = await QueryAsync(db => db.PersonaCriteria.Where(c => c.PersonaId == persona).Select(c => c.Id).FirstAsync());
        await Run((PersonaService p) => p.SetMetAsync(prospect, criterion, true));

        var page = RenderPage<ProspectList>("/prospects");

        page.WaitForAssertion(() => Assert.Contains("50,0 %", page.Find("[data-testid=prospect-grid] tbody tr").TextContent.Replace('\u202F', ' ').Replace('\u00A0', ' ')));
        Assert.Contains(page.FindAll("[data-testid=prospect-grid] th"), th => th.TextContent.Contains("Adéquation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_prospect_list_filters_by_fit_band_from_its_address()
    {
        // 1 of 2 criteria met: 50 %, the middle band. A second prospect of the persona meets none.
        var (persona, prospect) = await PersonaWithProspectAsync();
        var criterion = await QueryAsync(db => db.PersonaCriteria.Where(c => c.PersonaId == persona).Select(c => c.Id).FirstAsync());
        await Run((PersonaService p) => p.SetMetAsync(prospect, criterion, true));
        var name = await QueryAsync(db => db.Prospects.Where(p => p.Id == prospect).Select(p => p.Name).SingleAsync());
        await ProspectAsync("Sans rien de commun", Me.Id);

        var middle = RenderPage<ProspectList>("/prospects?fit=middle");

        middle.WaitForAssertion(() => Assert.Single(middle.FindAll("[data-testid=prospect-grid] tbody tr")));
        Assert.Contains(name, middle.Find("[data-testid=prospect-grid] tbody").TextContent);
        Assert.Equal("34–66 %", middle.FindComponents<MudBlazor.MudSelect<SocialKpi.Prospects.FitLevel?>>().Single().Find("input").GetAttribute("value"));
        var high = RenderPage<ProspectList>("/prospects?fit=high");
        high.WaitForAssertion(() => Assert.Contains("Aucun prospect", high.Find("[data-testid=prospect-grid]").TextContent));
    }

    [Fact]
    public async Task A_board_card_shows_the_prospect_s_fit()
    {
        var (persona, prospect) = await PersonaWithProspectAsync();
        var criterion = await QueryAsync(db => db.PersonaCriteria.Where(c => c.PersonaId == persona).Select(c => c.Id).FirstAsync());
        await Run((PersonaService p) => p.SetMetAsync(prospect, criterion, true));

        var board = RenderPage<SocialKpi.Web.Features.Board.BoardPage>("/board");

        board.WaitForAssertion(() => Assert.Contains("adéquation 50,0 %",
            board.Find($"[data-testid=board-card][data-prospect='{prospect}']").TextContent.Replace('\u202F', ' ').Replace('\u00A0', ' ')));
    }
}
