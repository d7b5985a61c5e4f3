using SocialKpi.Activities;
using SocialKpi.Timeline;
using SocialKpi.Web.Components.Activities;

namespace SocialKpi.Web.Tests.Activities;

public sealed class TimelineItemTests
{
    private static readonly DateTime ThreeDaysAgo = ComponentRenderer.Now.UtcDateTime.AddDays(-3);

    private static Task<AngleSharp.Html.Dom.IHtmlDocument> RenderAsync(string culture, TimelineEntry entry, bool canEdit = false) =>
        ComponentRenderer.RenderAsync<TimelineItem>(culture, new() { [nameof(TimelineItem.Entry)] = entry, [nameof(TimelineItem.CanEdit)] = canEdit });

    private static TimelineEntry Call => new(TimelineEntryKind.Activity, ThreeDaysAgo, "Camille Martin")
    {
        ActivityId = 42,
        ActivityKind = ActivityKind.Call,
        Direction = Direction.Outbound,
        Channel = "Téléphone",
        DurationMinutes = 12,
        Summary = "Wants a quote for the shop front",
        NextStep = "Send the quote",
        NextStepDue = new DateOnly(2026, 11, 20),
    };

    [Fact]
    public async Task An_activity_shows_kind_channel_duration_author_and_when_in_French()
    {
        var page = await RenderAsync("fr-FR", Call);

        var text = page.Body!.TextContent.Plain();
        Assert.Contains("Appel (Moi)", text);
        Assert.Contains("Téléphone", text);
        Assert.Contains("12 min", text);
        Assert.Contains("Wants a quote for the shop front", text);
        var time = page.QuerySelector("time")!;
        Assert.Equal("il y a 3 jours", time.TextContent);
        Assert.Equal("2026-11-19T09:00:00Z", time.GetAttribute("datetime"));
        Assert.Contains("19/11/2026", time.GetAttribute("title"));
        Assert.Contains("Camille Martin", text);
    }

    [Fact]
    public async Task A_late_next_step_is_marked_in_red()
    {
        var page = await RenderAsync("en-GB", Call);

        var due = page.QuerySelectorAll("time")[1];
        Assert.Equal("2 days late", due.TextContent);
        Assert.Contains("text-danger", due.ClassName);
        Assert.Contains("3 days ago", page.QuerySelector("time")!.TextContent);
    }

    [Fact]
    public async Task Edit_and_delete_links_only_for_editors()
    {
        Assert.Null((await RenderAsync("fr-FR", Call)).QuerySelector("a[href='/activities/42/edit']"));
        Assert.NotNull((await RenderAsync("fr-FR", Call, canEdit: true)).QuerySelector("a[href='/activities/42/edit']"));
    }

    [Fact]
    public async Task A_lost_move_says_why_and_a_sale_its_amount()
    {
        var lost = await RenderAsync("fr-FR", new TimelineEntry(TimelineEntryKind.StageChange, ThreeDaysAgo, null) { FromStage = "Proposition", ToStage = "Perdu", LossReason = "Trop cher" });
        var sale = await RenderAsync("fr-FR", new TimelineEntry(TimelineEntryKind.Sale, ThreeDaysAgo, null) { Amount = 1250m });

        Assert.Contains("Proposition → Perdu (Trop cher)", lost.Body!.TextContent);
        Assert.Contains("Vente de 1 250 €", sale.Body!.TextContent.Plain());
    }

    [Fact]
    public async Task An_edited_activity_shows_what_it_said_before()
    {
        var edited = new TimelineEntry(TimelineEntryKind.ActivityEdited, ThreeDaysAgo, "Lucas")
        {
            Before = new ActivitySnapshot(ActivityKind.Dm, Direction.Inbound, "Instagram", ThreeDaysAgo.AddHours(-1), 0, "First version"),
        };

        var page = await RenderAsync("en-GB", edited);

        Assert.Contains("Activity edited", page.Body!.TextContent);
        Assert.Contains("Before: Direct message (They did)", page.Body!.TextContent);
        Assert.Contains("First version", page.Body!.TextContent);
    }
}
