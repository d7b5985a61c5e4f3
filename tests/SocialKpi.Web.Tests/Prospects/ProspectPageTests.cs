using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Pipeline;
using SocialKpi.Privacy;
using SocialKpi.Users;
using SocialKpi.Web.Features.Prospects;

namespace SocialKpi.Web.Tests.Prospects;

public sealed class ProspectPageTests : ComponentTest
{
    private async Task<(int Id, IRenderedComponent<ProspectPage> Page)> OpenAsync(string name = "Hélène Léger")
    {
        var id = await ProspectAsync(name, Me.Id);
        var page = RenderPage<ProspectPage>($"/prospects/{id}", p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=quick-log]");
        return (id, page);
    }

    [Fact]
    public async Task The_header_shows_stage_source_ring_and_owner()
    {
        var (_, page) = await OpenAsync();

        var header = page.Find("[data-testid=prospect-header]").TextContent;
        Assert.Contains("Hélène Léger", header);
        Assert.Contains("Abonné", header);
        Assert.Contains("Instagram", header);
        Assert.Contains("Rue", header);
        Assert.Contains("Test owner", header);
    }

    [Fact]
    public async Task Ctrl_Enter_logs_the_conversation_and_it_appears_at_the_top_of_the_timeline()
    {
        var (id, page) = await OpenAsync();

        await page.Find("#ql-summary").InputAsync(new ChangeEventArgs { Value = "Loved the window display, asked for prices" });
        await page.Find("[data-testid=activity-form]").KeyDownAsync(new KeyboardEventArgs { Key = "Enter", CtrlKey = true });

        page.WaitForAssertion(() =>
        {
            var first = page.FindAll("[data-testid=timeline] li")[0];
            Assert.Contains("Loved the window display, asked for prices", first.TextContent);
        });
        Assert.Contains(T("ConversationLogged"), Snackbars());
        // The form starts again, empty, for the next conversation.
        Assert.Equal("", page.Find("#ql-summary").GetAttribute("value") ?? "");
        Assert.Equal(1, await QueryAsync(db => db.Activities.CountAsync(a => a.ProspectId == id)));
    }

    [Fact]
    public async Task A_refused_log_says_why_beside_the_form_and_keeps_what_was_typed()
    {
        var (id, page) = await OpenAsync();

        // An outbound e-mail with no consent basis: refused, as product.md's privacy rules say.
        await ChooseAsync(page.FindComponents<MudBlazor.MudSelect<SocialKpi.Activities.ActivityKind?>>()[0], "E-mail");
        await page.Find("#ql-summary").InputAsync(new ChangeEventArgs { Value = "Sent the brochure" });
        await page.Find("[data-testid=activity-form]").SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains("base", page.Find("[data-testid=quick-log]").TextContent));
        Assert.Equal("Sent the brochure", page.Find("#ql-summary").GetAttribute("value") ?? page.Find("#ql-summary").TextContent);
        Assert.Equal(0, await QueryAsync(db => db.Activities.CountAsync(a => a.ProspectId == id)));
    }

    [Fact]
    public async Task Moving_to_won_asks_for_the_sale_and_records_it()
    {
        var (id, page) = await OpenAsync();

        await ChooseMoveAsync(page, "Client");
        var dialog = Dialogs.WaitForElement("[data-testid=stage-move-dialog], .mud-dialog");
        Assert.Contains("vente", Dialogs.Markup);
        await Dialogs.Find("#move-amount").ChangeAsync(new ChangeEventArgs { Value = "850" });
        await Dialogs.Find("#stage-move-form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains("Client", page.Find("[data-testid=prospect-stage]").TextContent));
        page.WaitForAssertion(() => Assert.Contains("850", page.Find("[data-testid=prospect-sales]").TextContent));
        var prospect = await LoadProspectAsync(id);
        Assert.Equal(StageOutcome.Won, prospect.Stage!.Outcome);
    }

    [Fact]
    public async Task Won_without_an_amount_is_refused_in_the_dialog_and_nothing_moves()
    {
        var (id, page) = await OpenAsync();

        await ChooseMoveAsync(page, "Client");
        Dialogs.WaitForElement("#move-amount");
        await Dialogs.Find("#stage-move-form").SubmitAsync();

        Dialogs.WaitForAssertion(() => Assert.Contains("montant", Dialogs.Find(".mud-dialog").TextContent));
        Assert.Equal("Abonné", (await LoadProspectAsync(id)).Stage!.Name);
    }

    [Fact]
    public async Task Cancelling_the_lost_question_leaves_the_prospect_where_it_was()
    {
        var (id, page) = await OpenAsync();

        await ChooseMoveAsync(page, "Perdu");
        Dialogs.WaitForElement("#move-reason");
        var cancel = Dialogs.FindAll(".mud-dialog button").First(b => b.TextContent.Trim() == "Annuler");
        await cancel.ClickAsync(new MouseEventArgs());

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        Assert.Equal("Abonné", (await LoadProspectAsync(id)).Stage!.Name);
        Assert.Contains("Abonné", page.Find("[data-testid=prospect-stage]").TextContent);
    }

    [Fact]
    public async Task A_won_move_closes_the_open_next_steps()
    {
        var (id, page) = await OpenAsync();
        await NextStepAsync(id, "Send the quote", new DateOnly(2026, 11, 25));
        var client = await StageIdAsync("Client");
        var version = (await LoadProspectAsync(id)).Version;

        var moved = await Run((SocialKpi.Prospects.ProspectService s) => s.ChangeStageAsync(id, Builders.Won(client, version), Me.Id));

        Assert.True(moved.Succeeded);
        Assert.Equal(0, await QueryAsync(db => db.Activities.CountAsync(a => a.ProspectId == id && a.NextStepDue != null && a.NextStepDoneAt == null)));
        Assert.Null((await LoadProspectAsync(id)).NextStep);
    }

    [Fact]
    public async Task A_viewer_sees_the_prospect_but_no_control_that_changes_it()
    {
        var id = await ProspectAsync("Hélène Léger", Me.Id);
        await SignInAsAsync(Roles.Viewer);

        var page = RenderPage<ProspectPage>($"/prospects/{id}", p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() => Assert.Contains("Hélène Léger", page.Markup));
        Assert.Empty(page.FindAll("[data-testid=quick-log]"));
        Assert.Empty(page.FindAll("[data-testid=move-menu]"));
        Assert.Empty(page.FindAll("[data-testid=sale-form]"));
        Assert.DoesNotContain("Modifier", page.Find("[data-testid=prospect-header]").TextContent);

        // Were a button shown by mistake, the service would refuse the write anyway.
        var input = new SocialKpi.Activities.ActivityInput { Kind = SocialKpi.Activities.ActivityKind.Note, OccurredAt = Builders.Local(Clock, Clock.GetUtcNow()), Summary = "Sneaky" };
        var refused = await Run((SocialKpi.Activities.ActivityService s) => s.LogAsync(id, input, Me.Id));
        Assert.Contains("lecteur", Assert.Single(refused.Errors).ErrorMessage);
        Assert.Equal(0, await QueryAsync(db => db.Activities.CountAsync()));
    }

    [Fact]
    public async Task The_page_reads_in_English_too()
    {
        UseCulture("en-GB");
        var (_, page) = await OpenAsync();

        Assert.Contains("Log a conversation", page.Find("[data-testid=quick-log]").TextContent);
        page.WaitForAssertion(() => Assert.Contains("History", page.Find("#timeline-title").TextContent));
        Assert.Contains("Consent", page.Find("[data-testid=consent-summary]").TextContent);
    }

    private async Task ChooseMoveAsync(IRenderedComponent<ProspectPage> page, string stage)
    {
        var menu = page.FindComponent<MudBlazor.MudMenu>();
        await menu.InvokeAsync(() => menu.Instance.OpenMenuAsync(EventArgs.Empty));
        var item = Popovers.WaitForElements(".mud-popover-open .mud-menu-item").First(i => i.TextContent.Trim() == stage);
        // Not awaited: the click's handler waits for the user's answer in the dialog.
        item.Click();
    }

    [Fact]
    public async Task An_owner_erases_a_persons_data_after_confirming_and_the_page_shows_what_stays()
    {
        var (id, page) = await OpenAsync("Zoé Effacement");

        page.Find("[data-testid=privacy-menu] button").Click();
        Popovers.WaitForElement("[data-testid=erase-personal-data]").Click();
        var confirm = Dialogs.WaitForElements(".mud-dialog button").First(b => b.TextContent.Trim() == "Effacer définitivement");
        Assert.Contains("Zoé Effacement", Dialogs.Find(".mud-dialog").TextContent);
        await confirm.ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Contains($"Prospect effacé #{id}", page.Find("[data-testid=prospect-header]").TextContent));
        Assert.Contains("Données personnelles effacées ; les chiffres restent dans les rapports.", Snackbars());
        Assert.Equal(1, await QueryAsync(db => db.StageChanges.CountAsync(c => c.ProspectId == id)));
    }

    [Fact]
    public async Task A_member_exports_a_persons_data_but_does_not_erase_it()
    {
        var owner = Me;
        await SignInAsAsync(Roles.Member);
        var id = await ProspectAsync("Zoé Export", owner.Id);
        var page = RenderPage<ProspectPage>($"/prospects/{id}", p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=quick-log]");

        page.Find("[data-testid=privacy-menu] button").Click();

        var export = Popovers.WaitForElement("[data-testid=export-personal-data]");
        Assert.Equal($"/api/prospects/{id}/personal-data.json", export.GetAttribute("href"));
        Assert.Empty(Popovers.FindAll("[data-testid=erase-personal-data]"));
    }
}
