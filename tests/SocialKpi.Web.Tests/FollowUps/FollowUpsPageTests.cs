using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Users;
using SocialKpi.Web.Features.FollowUps;

namespace SocialKpi.Web.Tests.FollowUps;

public sealed class FollowUpsPageTests : ComponentTest
{
    private static async Task ClickAsync(IRenderedComponent<FollowUpsPage> page, string group, string button)
    {
        var row = page.Find($"[data-testid=follow-ups-{group}] [data-testid=follow-up]");
        await row.QuerySelectorAll("button").First(b => b.TextContent.Trim() == button).ClickAsync(new MouseEventArgs());
    }

    /// <summary>For a button whose handler waits for a dialog: clicked without waiting for it.</summary>
    private static void Click(IRenderedComponent<FollowUpsPage> page, string group, string button) =>
        page.Find($"[data-testid=follow-ups-{group}] [data-testid=follow-up]").QuerySelectorAll("button").First(b => b.TextContent.Trim() == button).Click();

    [Fact]
    public async Task Follow_ups_are_grouped_overdue_today_and_next_seven_days()
    {
        var id = await ProspectAsync("Hélène Léger", Me.Id);
        await NextStepAsync(id, "Late call", new DateOnly(2026, 11, 20));
        await NextStepAsync(id, "Today's visit", new DateOnly(2026, 11, 22));
        await NextStepAsync(id, "Send the quote", new DateOnly(2026, 11, 25));

        var page = RenderPage<FollowUpsPage>("/follow-ups");

        page.WaitForAssertion(() => Assert.Contains("Late call", page.Find("[data-testid=follow-ups-overdue]").TextContent));
        Assert.Contains("en retard de 2 jours", page.Find("[data-testid=follow-ups-overdue]").TextContent);
        Assert.Contains("Today's visit", page.Find("[data-testid=follow-ups-today]").TextContent);
        Assert.Contains("Send the quote", page.Find("[data-testid=follow-ups-week]").TextContent);
    }

    [Fact]
    public async Task Done_removes_the_follow_up_and_records_it()
    {
        var id = await ProspectAsync("Hélène Léger", Me.Id);
        var activity = await NextStepAsync(id, "Late call", new DateOnly(2026, 11, 20));
        var page = RenderPage<FollowUpsPage>("/follow-ups");
        page.WaitForElement("[data-testid=follow-ups-overdue] [data-testid=follow-up]");

        await ClickAsync(page, "overdue", "Fait");

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=follow-ups-overdue] [data-testid=follow-up]")));
        Assert.NotNull(await QueryAsync(db => db.Activities.Where(a => a.Id == activity).Select(a => a.NextStepDoneAt).SingleAsync()));
    }

    [Fact]
    public async Task Done_and_log_it_logs_the_conversation_and_closes_the_follow_up_together()
    {
        var id = await ProspectAsync("Hélène Léger", Me.Id);
        var activity = await NextStepAsync(id, "Late call", new DateOnly(2026, 11, 20));
        var page = RenderPage<FollowUpsPage>("/follow-ups");
        page.WaitForElement("[data-testid=follow-ups-overdue] [data-testid=follow-up]");

        Click(page, "overdue", "Fait, et noter");
        Dialogs.WaitForElement("#done-summary");
        await Dialogs.Find("#done-summary").InputAsync(new ChangeEventArgs { Value = "Called back: she wants a quote" });
        await Dialogs.Find("[data-testid=activity-form]").SubmitAsync();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=follow-ups-overdue] [data-testid=follow-up]")));
        Assert.NotNull(await QueryAsync(db => db.Activities.Where(a => a.Id == activity).Select(a => a.NextStepDoneAt).SingleAsync()));
        Assert.True(await QueryAsync(db => db.Activities.AnyAsync(a => a.Summary == "Called back: she wants a quote")));
    }

    [Fact]
    public async Task Snoozing_moves_the_follow_up_to_tomorrow()
    {
        var id = await ProspectAsync("Hélène Léger", Me.Id);
        var activity = await NextStepAsync(id, "Late call", new DateOnly(2026, 11, 20));
        var page = RenderPage<FollowUpsPage>("/follow-ups");
        page.WaitForElement("[data-testid=follow-ups-overdue] [data-testid=follow-up]");

        await ClickAsync(page, "overdue", "Demain");

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=follow-ups-overdue] [data-testid=follow-up]")));
        Assert.Equal(new DateOnly(2026, 11, 23), await QueryAsync(db => db.Activities.Where(a => a.Id == activity).Select(a => a.NextStepDue).SingleAsync()));
    }

    [Fact]
    public async Task A_long_list_comes_a_page_at_a_time()
    {
        var id = await ProspectAsync("Hélène Léger", Me.Id);
        for (var i = 0; i < 25; i++)
            await NextStepAsync(id, $"Call {i:00}", new DateOnly(2026, 11, 20));

        var page = RenderPage<FollowUpsPage>("/follow-ups");

        page.WaitForAssertion(() => Assert.Equal(20, page.FindAll("[data-testid=follow-ups-overdue] [data-testid=follow-up]").Count));
        var more = page.Find("[data-testid=follow-ups-overdue]").QuerySelectorAll("button").Single(b => b.TextContent.Contains("5 restants", StringComparison.Ordinal));
        await more.ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Equal(25, page.FindAll("[data-testid=follow-ups-overdue] [data-testid=follow-up]").Count));
    }

    [Fact]
    public async Task A_viewer_reads_follow_ups_without_action_buttons()
    {
        var owner = Me;
        var id = await ProspectAsync("Hélène Léger", owner.Id);
        await NextStepAsync(id, "Late call", new DateOnly(2026, 11, 20));
        await SignInAsAsync(Roles.Viewer);

        var page = RenderPage<FollowUpsPage>("/follow-ups?everyone=true");

        page.WaitForAssertion(() => Assert.Contains("Late call", page.Find("[data-testid=follow-ups-overdue]").TextContent));
        Assert.Empty(page.Find("[data-testid=follow-ups-overdue] [data-testid=follow-up]").QuerySelectorAll("button"));
    }

    [Fact]
    public async Task Switching_from_mine_to_everyone_shows_the_team_s_follow_ups()
    {
        var owner = Me;
        await SignInAsAsync(Roles.Member);
        var id = await ProspectAsync("Hélène Léger", owner.Id);
        await NextStepAsync(id, "Late call", new DateOnly(2026, 11, 20));
        var page = RenderPage<FollowUpsPage>("/follow-ups");
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=follow-ups-overdue] [data-testid=follow-up]")));
        Assert.Equal("/api/follow-ups.csv", page.Find("[data-testid=follow-ups-csv]").GetAttribute("href"));

        Services.GetRequiredService<NavigationManager>().NavigateTo("/follow-ups?everyone=true");

        page.WaitForAssertion(() => Assert.Contains("Late call", page.Find("[data-testid=follow-ups-overdue]").TextContent));
        // The download is the list on screen: everyone's, now.
        Assert.Equal("/api/follow-ups.csv?everyone=true", page.Find("[data-testid=follow-ups-csv]").GetAttribute("href"));
    }
}
