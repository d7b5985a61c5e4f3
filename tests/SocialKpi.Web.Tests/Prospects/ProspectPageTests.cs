using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Pipeline;
using SocialKpi.Privacy;
using SocialKpi.Sales;
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
    public async Task Submitting_the_quick_log_logs_the_conversation_and_it_appears_at_the_top_of_the_timeline()
    {
        var (id, page) = await OpenAsync();

        await page.Find("#ql-summary").InputAsync(new ChangeEventArgs { Value = "Loved the window display, asked for prices" });
        // Ctrl+Enter submits the form in the browser (js/ctrl-enter.js, driven by the browser suite).
        Assert.NotNull(page.Find("[data-testid=activity-form]").GetAttribute("data-ctrl-enter"));
        await page.Find("[data-testid=activity-form]").SubmitAsync();

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
    public async Task After_a_log_the_same_form_starts_the_next_entry_on_the_same_kind_with_the_focus_on_its_first_field()
    {
        var (id, page) = await OpenAsync();
        await ChooseAsync(page.FindComponents<MudBlazor.MudSelect<SocialKpi.Activities.ActivityKind?>>()[0], "Rendez-vous");
        await page.Find("#ql-summary").InputAsync(new ChangeEventArgs { Value = "First meeting" });
        await page.Find("#ql-next").InputAsync(new ChangeEventArgs { Value = "Send the quote" });
        await page.Find("#ql-duration").ChangeAsync(new ChangeEventArgs { Value = "15" });
        var focusedBefore = Focused().Count;
        await page.Find("[data-testid=activity-form]").SubmitAsync();
        page.WaitForAssertion(() => Assert.Contains("First meeting", page.FindAll("[data-testid=timeline] li")[0].TextContent));
        Assert.Contains("· 15 min", page.FindAll("[data-testid=timeline] li")[0].TextContent);

        // Emptied for the next conversation, but still a meeting: one gesture less for a run of them.
        Assert.Equal("", page.Find("#ql-summary").GetAttribute("value") ?? "");
        Assert.Equal("", page.Find("#ql-next").GetAttribute("value") ?? "");
        Assert.Equal("", page.Find("#ql-due").GetAttribute("value") ?? "");
        Assert.Equal("0", page.Find("#ql-duration").GetAttribute("value"));
        Assert.Contains("Rendez-vous", page.Find("[data-testid=activity-kind]").OuterHtml);
        var focused = Focused();
        Assert.Equal(focusedBefore + 1, focused.Count);
        // Back on the field that had it on arrival (the kind), not left on the summary.
        Assert.Equal(((ElementReference)focused[0].Arguments[0]!).Id, ((ElementReference)focused[^1].Arguments[0]!).Id);

        await page.Find("#ql-summary").InputAsync(new ChangeEventArgs { Value = "Second meeting" });
        await page.Find("[data-testid=activity-form]").SubmitAsync();
        page.WaitForAssertion(() => Assert.Contains("Second meeting", page.FindAll("[data-testid=timeline] li")[0].TextContent));
        Assert.Contains("First meeting", page.FindAll("[data-testid=timeline] li")[1].TextContent);
        var logged = await QueryAsync(db => db.Activities.Where(a => a.ProspectId == id).OrderBy(a => a.Id)
            .Select(a => new { a.Kind, a.Summary, a.NextStep }).ToListAsync());
        Assert.Equal([("First meeting", "Send the quote"), ("Second meeting", (string?)null)], logged.Select(a => (a.Summary, a.NextStep)));
        Assert.All(logged, a => Assert.Equal(SocialKpi.Activities.ActivityKind.Meeting, a.Kind));
    }

    [Fact]
    public async Task Older_entries_after_someone_logged_meanwhile_show_each_entry_once()
    {
        var (id, page) = await OpenAsync();
        for (var i = 1; i <= 24; i++)
        {
            Clock.Advance(TimeSpan.FromMinutes(1));
            await LogAsync(id, $"Entry {i:00}");
        }
        var timeline = page.FindComponent<SocialKpi.Web.Features.Timeline.ProspectTimeline>();
        await page.InvokeAsync(timeline.Instance.ReloadAsync);
        page.WaitForAssertion(() => Assert.Contains("Entry 24", page.FindAll("[data-testid=timeline] li")[0].TextContent));

        // Someone else logs: the page has not reloaded, so its first page is one entry behind.
        Clock.Advance(TimeSpan.FromMinutes(1));
        await LogAsync(id, "Entry 25");
        page.FindAll("button").Single(b => b.TextContent.Contains(T("OlderEntries"))).Click();

        page.WaitForAssertion(() => Assert.Contains("Entry 01", page.Find("[data-testid=timeline]").TextContent));
        var shown = page.FindAll("[data-testid=timeline] li p").Select(p => p.TextContent.Trim()).Where(t => t.StartsWith("Entry", StringComparison.Ordinal)).ToList();
        Assert.Equal(shown.Distinct(), shown);
        Assert.Equal(24, shown.Count);
    }

    private List<JSRuntimeInvocation> Focused() =>
        JSInterop.Invocations.Where(i => i.Identifier == "Blazor._internal.domWrapper.focus").ToList();

    private async Task LogAsync(int prospectId, string summary)
    {
        var input = new SocialKpi.Activities.ActivityInput
        {
            Kind = SocialKpi.Activities.ActivityKind.Dm,
            Direction = SocialKpi.Activities.Direction.Inbound,
            OccurredAt = Builders.Local(Clock, Clock.GetUtcNow()),
            DurationMinutes = "0",
            Summary = summary,
        };
        var result = await Run((SocialKpi.Activities.ActivityService s) => s.LogAsync(prospectId, input, null));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
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
    public async Task A_sale_for_a_prospect_moved_by_someone_else_meanwhile_shows_where_it_now_stands()
    {
        var (id, page) = await OpenAsync();
        await TeammateMovesAsync(id, "Engagé");

        await ChooseMoveAsync(page, "Client");
        Dialogs.WaitForElement("#move-amount");
        await Dialogs.Find("#move-amount").ChangeAsync(new ChangeEventArgs { Value = "850" });
        await Dialogs.Find("#stage-move-form").SubmitAsync();

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        page.WaitForAssertion(() => Assert.Contains("Engagé", page.Find("[data-testid=prospect-stage]").TextContent));
        Assert.Contains(Snackbars(), m => m.Contains("voici où il en est", StringComparison.Ordinal));
        Assert.Empty(await Run((SaleService s) => s.ForProspectAsync(id)));
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
