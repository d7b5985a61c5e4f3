using AngleSharp.Html.Dom;
using FluentValidation.Results;
using SocialKpi.Activities;
using SocialKpi.Channels;
using SocialKpi.Web.Components.Activities;

namespace SocialKpi.Web.Tests.Activities;

public sealed class QuickLogFormTests
{
    private static readonly Channel[] Channels = [new() { Id = 1, Name = "Instagram" }, new() { Id = 13, Name = "Téléphone", Kind = ChannelKind.Direct }];

    private static Task<IHtmlDocument> RenderAsync(string culture, ActivityInput input, IReadOnlyList<ValidationFailure>? errors = null) =>
        ComponentRenderer.RenderAsync<QuickLogForm>(culture, new()
        {
            [nameof(QuickLogForm.ProspectId)] = 7,
            [nameof(QuickLogForm.Input)] = input,
            [nameof(QuickLogForm.Channels)] = Channels,
            [nameof(QuickLogForm.Errors)] = errors ?? [],
        });

    [Fact]
    public async Task The_form_posts_to_the_log_page_and_through_htmx_to_the_activities_endpoint()
    {
        var page = await RenderAsync("fr-FR", new ActivityInput { Kind = ActivityKind.Call, ChannelId = 13, OccurredAt = "2026-11-22T10:00", DurationMinutes = "0" });

        var form = page.QuerySelector<IHtmlFormElement>("form")!;
        Assert.Equal("/prospects/7/log", form.GetAttribute("action"));
        Assert.Equal("/prospects/7/activities", form.GetAttribute("hx-post"));
        Assert.Equal("Call", page.QuerySelector<IHtmlSelectElement>("#ql-kind")!.Value);
        Assert.Equal("13", page.QuerySelector<IHtmlSelectElement>("#ql-channel")!.Value);
        Assert.Equal("2026-11-22T10:00", page.QuerySelector<IHtmlInputElement>("#ql-when")!.Value);
        Assert.Equal(["Quoi", "Canal", "Quand", "Minutes", "Ce qui s'est dit", "Prochaine étape", "Pour le"], page.QuerySelectorAll("label.form-label").Select(l => l.TextContent));
        Assert.All(page.QuerySelectorAll("label[for]"), label => Assert.NotNull(page.GetElementById(label.GetAttribute("for")!)));
    }

    [Fact]
    public async Task Field_and_form_errors_show_where_they_belong_in_English()
    {
        var page = await RenderAsync("en-GB", new ActivityInput { Kind = ActivityKind.Email, Summary = "Kept", DurationMinutes = "-1" },
        [
            new ValidationFailure(nameof(ActivityInput.DurationMinutes), "Enter a duration in whole minutes, from 0 to 1440."),
            new ValidationFailure("", "You cannot log an outbound e-mail to Léa: there is no valid GDPR basis for it."),
        ]);

        Assert.Equal("Enter a duration in whole minutes, from 0 to 1440.", page.GetElementById("ql-duration-error")!.TextContent);
        Assert.StartsWith("You cannot log an outbound e-mail", page.QuerySelector("[data-testid=quick-log-errors]")!.TextContent.Trim());
        Assert.Equal("Kept", page.QuerySelector<IHtmlTextAreaElement>("#ql-summary")!.Value);
        Assert.Equal("Log a conversation", page.QuerySelector("h2")!.TextContent);
    }
}
