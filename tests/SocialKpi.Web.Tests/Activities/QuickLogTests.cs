using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Users;

namespace SocialKpi.Web.Tests.Activities;

public sealed class QuickLogTests(SocialKpiFactory factory) : IClassFixture<SocialKpiFactory>
{
    private async Task<(WebSession Session, string Url, int Id)> ProspectAsync(string name, string? email = null)
    {
        var session = await factory.SignedInAsync(Roles.Member);
        var created = await session.SubmitAsync(await session.GetPageAsync("/prospects/new"), "form[action='/prospects/new']", new()
        {
            ["Input.Name"] = name,
            ["Input.Email"] = email ?? "",
            ["Input.SourceChannelId"] = "1",
        });
        var url = created.RedirectPath().Split('?')[0];
        return (session, url, int.Parse(url.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static HttpRequestMessage HtmxPost(string url, IHtmlDocument page, Dictionary<string, string> changes)
    {
        var form = page.QuerySelector<IHtmlFormElement>("[data-testid=quick-log]")!;
        var fields = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type is "hidden" or "text" or "number" or "date" or "datetime-local" && !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        fields["Kind"] = "Dm";
        fields["Direction"] = "Inbound";
        fields["ChannelId"] = "1";
        foreach (var (name, value) in changes)
            fields[name] = value;
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("HX-Request", "true");
        return request;
    }

    [Fact]
    public async Task The_prospect_page_offers_the_quick_log_with_now_and_the_source_channel()
    {
        var (session, url, _) = await ProspectAsync("Coiffure Marie");
        using var _ = session;

        var page = await session.GetPageAsync(url);

        var form = page.QuerySelector<IHtmlFormElement>("[data-testid=quick-log]")!;
        Assert.Equal($"{url}/log", form.GetAttribute("action"));
        Assert.Equal($"{url}/activities", form.GetAttribute("hx-post"));
        Assert.True(page.QuerySelector<IHtmlSelectElement>("#ql-kind")!.Autofocus);
        Assert.Equal("1", page.QuerySelector<IHtmlSelectElement>("#ql-channel")!.Value);
        Assert.False(string.IsNullOrEmpty(page.QuerySelector<IHtmlInputElement>("#ql-when")!.Value));
    }

    [Fact]
    public async Task An_htmx_log_answers_a_fresh_form_and_the_new_entry_for_the_top_of_the_timeline()
    {
        var (session, url, id) = await ProspectAsync("Garage Dupont");
        using var _ = session;
        var page = await session.GetPageAsync(url);

        var response = await session.Client.SendAsync(HtmxPost($"{url}/activities", page, new() { ["Summary"] = "Asked for a quote", ["NextStep"] = "Send the quote", ["NextStepDue"] = "2030-01-15" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fragment = await WebSession.ParseAsync(response, url);
        Assert.Null(fragment.QuerySelector("html > body > nav"));
        Assert.NotNull(fragment.QuerySelector("[data-testid=quick-log] [role=status]"));
        Assert.Equal("", fragment.QuerySelector<IHtmlTextAreaElement>("#ql-summary")!.Value);
        var oob = fragment.QuerySelector("[hx-swap-oob]")!;
        Assert.Equal("afterbegin:#timeline", oob.GetAttribute("hx-swap-oob"));
        Assert.Contains("Asked for a quote", oob.QuerySelector("li")!.TextContent);
        Assert.Contains("Message privé (Le prospect)", oob.QuerySelector("li")!.TextContent);
        Assert.Equal("Send the quote", await factory.QueryAsync(db => db.Prospects.Where(p => p.Id == id).Select(p => p.NextStep).SingleAsync()));
    }

    [Fact]
    public async Task An_htmx_log_with_bad_fields_answers_the_form_with_messages_and_what_was_typed()
    {
        var (session, url, id) = await ProspectAsync("Fleurs Lila");
        using var _ = session;
        var page = await session.GetPageAsync(url);

        var response = await session.Client.SendAsync(HtmxPost($"{url}/activities", page, new() { ["Summary"] = "Will call back", ["DurationMinutes"] = "-4" }));

        var fragment = await WebSession.ParseAsync(response, url);
        Assert.Equal("Indiquez une durée en minutes entières, de 0 à 1440.", fragment.MessageFor("ql-duration"));
        Assert.Equal("Will call back", fragment.QuerySelector<IHtmlTextAreaElement>("#ql-summary")!.Value);
        Assert.Null(fragment.QuerySelector("[hx-swap-oob]"));
        Assert.Equal(0, await factory.QueryAsync(db => db.Activities.CountAsync(a => a.ProspectId == id)));
    }

    [Fact]
    public async Task Without_javascript_the_log_is_an_ordinary_post_that_lands_back_on_the_page()
    {
        var (session, url, _) = await ProspectAsync("Boulangerie Martin");
        using var _ = session;
        var page = await session.GetPageAsync(url);

        var response = await session.SubmitAsync(page, "[data-testid=quick-log]", new() { ["Kind"] = "Visit", ["Summary"] = "Dropped by with flyers" });

        Assert.Equal(url, response.RedirectPath());
        var after = await session.FollowAsync(response);
        Assert.Contains("Dropped by with flyers", after.QuerySelector("[data-testid=timeline] li")!.TextContent);
    }

    [Fact]
    public async Task An_outbound_email_without_consent_is_refused_and_keeps_everything_typed()
    {
        var (session, url, id) = await ProspectAsync("Cabinet Roux", "contact@roux.fr");
        using var _ = session;
        var page = await session.GetPageAsync(url);

        var response = await session.SubmitAsync(page, "[data-testid=quick-log]", new()
        {
            ["Kind"] = "Email",
            ["Direction"] = "Outbound",
            ["Summary"] = "Sent the brochure",
            ["NextStep"] = "Call to follow up",
            ["NextStepDue"] = "2030-02-01",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refusal = await WebSession.ParseAsync(response, $"{url}/log");
        var message = refusal.QuerySelector("[data-testid=quick-log-errors]")!.TextContent.Trim();
        Assert.StartsWith("Impossible d'enregistrer un e-mail sortant vers Cabinet Roux : aucune base RGPD valide.", message);
        Assert.Equal("Sent the brochure", refusal.QuerySelector<IHtmlTextAreaElement>("#ql-summary")!.Value);
        Assert.Equal("Call to follow up", refusal.QuerySelector<IHtmlInputElement>("#ql-next")!.Value);
        Assert.Equal("Email", refusal.QuerySelector<IHtmlSelectElement>("#ql-kind")!.Value);
        Assert.Equal(0, await factory.QueryAsync(db => db.Activities.CountAsync(a => a.ProspectId == id)));

        var consents = await session.GetPageAsync($"{url}/consents");
        var recorded = await session.SubmitAsync(consents, "form:has(#evidence)", new()
        {
            ["Input.Purpose"] = "Email",
            ["Input.Basis"] = "Consent",
            ["Input.Evidence"] = "Signed the card at the fair",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var accepted = await session.SubmitAsync(refusal, "[data-testid=quick-log]", []);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(1, await factory.QueryAsync(db => db.Activities.CountAsync(a => a.ProspectId == id)));
    }

    [Fact]
    public async Task Moving_to_won_without_an_amount_is_refused_then_recorded_with_it()
    {
        var (session, url, id) = await ProspectAsync("Traiteur Blanc");
        using var _ = session;
        var page = await session.GetPageAsync(url);
        var client = page.QuerySelectorAll<IHtmlOptionElement>("[data-testid=stage-form] option").First(o => o.GetAttribute("data-outcome") == "Won").Value;

        var refused = await session.SubmitAsync(page, "[data-testid=stage-form]", new() { ["Move.StageId"] = client, ["Move.SoldOn"] = "2026-01-10" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var form = await WebSession.ParseAsync(refused, url);
        Assert.Equal("Passer à une étape gagnée enregistre la vente : indiquez son montant.", form.MessageFor("sale-amount"));
        Assert.Equal(0, await factory.QueryAsync(db => db.Sales.CountAsync(s => s.ProspectId == id)));
        Assert.Equal("Abonné", await factory.QueryAsync(db => db.Prospects.Where(p => p.Id == id).Select(p => p.Stage!.Name).SingleAsync()));

        var won = await session.SubmitAsync(form, "[data-testid=stage-form]", new() { ["Move.SaleAmount"] = "2 400" });
        var after = await session.FollowAsync(won);
        Assert.Contains("Vente de 2", after.QuerySelector("[data-testid=timeline]")!.TextContent);
        Assert.NotNull(after.QuerySelector("[data-testid=sale-form]"));
    }

    [Fact]
    public async Task A_follow_up_is_listed_then_done_in_one_click()
    {
        var (session, url, _) = await ProspectAsync("Pressing Central");
        using var _ = session;
        var page = await session.GetPageAsync(url);
        var tomorrow = DateTime.Now.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await session.SubmitAsync(page, "[data-testid=quick-log]", new() { ["Summary"] = "Interested", ["NextStep"] = "Bring samples", ["NextStepDue"] = tomorrow });

        var followUps = await session.GetPageAsync("/follow-ups?everyone=true");
        var row = followUps.QuerySelectorAll("[data-testid=follow-ups-week] li").Single(li => li.TextContent.Contains("Bring samples"));
        Assert.Contains("demain", row.TextContent);
        var done = await session.Client.PostAsync(row.QuerySelector("form")!.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = row.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value,
            ["returnUrl"] = "/follow-ups?everyone=true",
        }));

        var after = await session.FollowAsync(done);
        Assert.DoesNotContain("Bring samples", after.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Done_and_log_records_what_happened_and_closes_the_follow_up()
    {
        var (session, url, id) = await ProspectAsync("Cordonnerie Petit");
        using var _ = session;
        var tomorrow = DateTime.Now.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await session.SubmitAsync(await session.GetPageAsync(url), "[data-testid=quick-log]", new() { ["Summary"] = "First chat", ["NextStep"] = "Call back", ["NextStepDue"] = tomorrow });
        var followUp = await factory.QueryAsync(db => db.Activities.Where(a => a.ProspectId == id && a.NextStep == "Call back").Select(a => a.Id).SingleAsync());
        var list = await session.GetPageAsync("/follow-ups?everyone=true");
        var link = list.QuerySelectorAll("a").Single(a => a.GetAttribute("href")!.StartsWith($"/prospects/{id}/log?done={followUp}", StringComparison.Ordinal));

        var logPage = await session.GetPageAsync(link.GetAttribute("href")!);
        Assert.Equal("Call back", logPage.QuerySelector<IHtmlTextAreaElement>("#ql-summary")!.Value);
        var logged = await session.SubmitAsync(logPage, "[data-testid=quick-log]", new() { ["Kind"] = "Call", ["Direction"] = "Inbound", ["Summary"] = "Called back: wants a quote" });

        Assert.Equal("/follow-ups?everyone=true", logged.RedirectPath());
        Assert.NotNull(await factory.QueryAsync(db => db.Activities.Where(a => a.Id == followUp).Select(a => a.NextStepDoneAt).SingleAsync()));
        Assert.Equal(2, await factory.QueryAsync(db => db.Activities.CountAsync(a => a.ProspectId == id)));
    }

    [Fact]
    public async Task Older_timeline_entries_loaded_by_htmx_keep_their_edit_links_for_editors_only()
    {
        var (session, url, _) = await ProspectAsync("Épicerie Fine");
        using var _ = session;
        await session.SubmitAsync(await session.GetPageAsync(url), "[data-testid=quick-log]", new() { ["Summary"] = "Tasted the cheese" });

        var forEditor = await session.GetPageAsync($"{url}/timeline?page=1");
        using var viewer = await factory.SignedInAsync(Roles.Viewer);
        var forViewer = await viewer.GetPageAsync($"{url}/timeline?page=1");

        Assert.NotNull(forEditor.QuerySelector("a[href$='/edit']"));
        Assert.Null(forViewer.QuerySelector("a[href$='/edit']"));
        Assert.Contains("Tasted the cheese", forViewer.Body!.TextContent);
    }
}
