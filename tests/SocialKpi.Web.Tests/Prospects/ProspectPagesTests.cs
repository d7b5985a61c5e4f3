using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Users;

namespace SocialKpi.Web.Tests.Prospects;

public sealed class ProspectPagesTests(SocialKpiFactory factory) : IClassFixture<SocialKpiFactory>
{
    private const string CreateForm = "form[action='/prospects/new']";

    private static Dictionary<string, string> Valid(string name, string email) => new()
    {
        ["Input.Name"] = name,
        ["Input.Email"] = email,
        ["Input.Phone"] = "",
        ["Input.SourceChannelId"] = "1",
        ["Input.EstimatedValue"] = "1 250,50",
        ["Input.Tags"] = "boulangerie",
    };

    private Task<int> CountAsync(string name) => factory.QueryAsync(db => db.Prospects.CountAsync(p => p.Name == name));

    [Fact]
    public async Task A_new_prospect_is_shown_on_its_page_and_found_in_the_list()
    {
        using var session = await factory.SignedInAsync(Roles.Member);
        var form = await session.GetPageAsync("/prospects/new");
        var instagramHandle = form.QuerySelectorAll<IHtmlLabelElement>("fieldset label").First(l => l.TextContent == "Instagram").HtmlFor!;
        var fields = Valid("Boulangerie Léger", "contact@boulangerie-leger.fr");
        fields[form.QuerySelector<IHtmlInputElement>("#" + instagramHandle)!.Name!] = "@Boulangerie.Leger";

        var created = await session.SubmitAsync(form, CreateForm, fields);
        var page = await session.FollowAsync(created);

        Assert.Equal("Boulangerie Léger", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Le prospect a été créé.", page.QuerySelector("[role=status]")!.TextContent);
        var details = page.QuerySelector("[data-testid=prospect-details]")!.TextContent;
        Assert.Contains("1 250,50 €", details.Replace('\u202F', ' ').Replace('\u00A0', ' '));
        Assert.Contains("@boulangerie.leger", details);
        Assert.Contains("Entrée dans le pipeline : Abonné", page.QuerySelector("[data-testid=timeline]")!.TextContent);

        var list = await session.GetPageAsync("/prospects?q=boulangerie.leger");
        Assert.Equal(["Boulangerie Léger"], list.QuerySelectorAll("[data-testid=prospect-table] tbody a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Invalid_fields_each_get_their_message_and_nothing_is_saved()
    {
        using var session = await factory.SignedInAsync(Roles.Member);
        var form = await session.GetPageAsync("/prospects/new");

        var response = await session.SubmitAsync(form, CreateForm, new()
        {
            ["Input.Name"] = "",
            ["Input.Company"] = "Invalid Co",
            ["Input.Email"] = "pas-un-email",
            ["Input.Phone"] = "12",
            ["Input.SourceChannelId"] = "0",
            ["Input.EstimatedValue"] = "-3",
            ["Input.Handles[0].Handle"] = "pas valide !",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebSession.ParseAsync(response, "/prospects/new");
        Assert.Equal("Saisissez un nom.", page.MessageFor("name"));
        Assert.Equal("Saisissez une adresse e-mail comme nom@exemple.fr.", page.MessageFor("email"));
        Assert.StartsWith("Saisissez un numéro de 6 à 15 chiffres", page.MessageFor("phone"));
        Assert.Equal("Choisissez le canal où vous avez rencontré ce prospect.", page.MessageFor("source"));
        Assert.Equal("La valeur estimée ne peut pas être négative.", page.MessageFor("value"));
        Assert.StartsWith("Un identifiant ne contient que", page.QuerySelector("fieldset .validation-message")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#email")!.GetAttribute("aria-invalid"));
        Assert.Equal("pas-un-email", page.QuerySelector<IHtmlInputElement>("#email")!.Value);
        Assert.Equal("Invalid Co", page.QuerySelector<IHtmlInputElement>("#company")!.Value);
        Assert.Equal(0, await CountAsync(""));
        Assert.Equal(0, await factory.QueryAsync(db => db.Prospects.CountAsync(p => p.Company == "Invalid Co")));
    }

    [Fact]
    public async Task Messages_come_in_English_for_an_English_speaker()
    {
        using var session = await factory.SignedInAsync(Roles.Member, acceptLanguage: "en-GB,en;q=0.8");
        var form = await session.GetPageAsync("/prospects/new");

        var response = await session.SubmitAsync(form, CreateForm, new() { ["Input.Name"] = "", ["Input.EstimatedValue"] = "twelve" });

        var page = await WebSession.ParseAsync(response, "/prospects/new");
        Assert.Equal("Enter a name.", page.MessageFor("name"));
        Assert.Equal("Enter an amount in euros, such as 1500 or 1 500,50.", page.MessageFor("value"));
    }

    [Fact]
    public async Task A_possible_duplicate_is_shown_with_a_link_and_saved_only_when_confirmed()
    {
        using var session = await factory.SignedInAsync(Roles.Member);
        var first = await session.SubmitAsync(await session.GetPageAsync("/prospects/new"), CreateForm, Valid("Marc Dubois", "marc@dubois-plomberie.fr"));
        var firstId = first.RedirectPath().Split('/', '?')[2];

        var warned = await session.SubmitAsync(await session.GetPageAsync("/prospects/new"), CreateForm, Valid("M. Dubois", " MARC@dubois-plomberie.fr"));
        var page = await WebSession.ParseAsync(warned, "/prospects/new");
        var warning = page.QuerySelector("[data-testid=duplicate-warning]")!;
        Assert.Equal($"/prospects/{firstId}", warning.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("même e-mail", warning.TextContent);
        Assert.Equal(0, await CountAsync("M. Dubois"));

        var saved = await session.SubmitAsync(page, CreateForm, new() { ["Input.IgnoreDuplicates"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await CountAsync("M. Dubois"));
    }

    [Fact]
    public async Task A_viewer_sees_no_edit_controls_and_their_posts_are_refused()
    {
        using var member = await factory.SignedInAsync(Roles.Member);
        var form = await member.GetPageAsync("/prospects/new");
        using var viewer = await factory.SignedInAsync(Roles.Viewer);

        var list = await viewer.GetPageAsync("/prospects");
        Assert.Null(list.QuerySelector("a[href='/prospects/new']"));
        var denied = await viewer.Client.GetAsync("/prospects/new");
        Assert.StartsWith("/account/denied", denied.RedirectPath());

        // The viewer replays a form rendered for a member, with a valid token of their own session.
        var viewerToken = list.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var response = await viewer.SubmitAsync(form, CreateForm, new(Valid("Viewer Was Here", "v@x.fr")) { ["__RequestVerificationToken"] = viewerToken });

        Assert.StartsWith("/account/denied", response.RedirectPath());
        Assert.Equal(0, await CountAsync("Viewer Was Here"));
    }

    [Fact]
    public async Task A_viewer_cannot_move_a_prospect_even_with_a_replayed_form()
    {
        using var member = await factory.SignedInAsync(Roles.Member);
        var created = await member.SubmitAsync(await member.GetPageAsync("/prospects/new"), CreateForm, Valid("Fleuriste Rose", "rose@fleurs.fr"));
        var url = created.RedirectPath().Split('?')[0];
        var memberPage = await member.GetPageAsync(url);
        using var viewer = await factory.SignedInAsync(Roles.Viewer);
        var viewerPage = await viewer.GetPageAsync(url);
        Assert.Null(viewerPage.QuerySelector("[data-testid=stage-form]"));
        Assert.Null(viewerPage.QuerySelector($"a[href='{url}/edit']"));

        var lost = memberPage.QuerySelectorAll<IHtmlOptionElement>("#move-stage option").First(o => o.Text == "Perdu").Value;
        var response = await viewer.SubmitAsync(memberPage, "[data-testid=stage-form]", new()
        {
            ["Move.StageId"] = lost,
            ["__RequestVerificationToken"] = viewerPage.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value,
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Votre rôle (lecteur) permet de consulter, pas de modifier.", await response.Content.ReadAsStringAsync());
        Assert.Equal("Abonné", await factory.QueryAsync(db => db.Prospects.Where(p => p.Name == "Fleuriste Rose").Select(p => p.Stage!.Name).SingleAsync()));
    }

    [Fact]
    public async Task Moving_a_prospect_is_recorded_and_a_move_from_a_stale_page_is_refused()
    {
        using var session = await factory.SignedInAsync(Roles.Member);
        var created = await session.SubmitAsync(await session.GetPageAsync("/prospects/new"), CreateForm, Valid("Café des Amis", "cafe@amis.fr"));
        var url = created.RedirectPath().Split('?')[0];
        var stalePage = await session.GetPageAsync(url);
        var qualified = stalePage.QuerySelectorAll<IHtmlOptionElement>("#move-stage option").First(o => o.Text == "Qualifié").Value;

        var moved = await session.SubmitAsync(stalePage, "[data-testid=stage-form]", new() { ["Move.StageId"] = qualified });
        var page = await session.FollowAsync(moved);
        Assert.Equal("Qualifié", page.QuerySelector("[data-testid=prospect-details] .badge")!.TextContent);
        Assert.Contains("Abonné → Qualifié", page.QuerySelector("[data-testid=timeline] li")!.TextContent);

        var lost = stalePage.QuerySelectorAll<IHtmlOptionElement>("#move-stage option").First(o => o.Text == "Perdu").Value;
        var refused = await session.SubmitAsync(stalePage, "[data-testid=stage-form]", new() { ["Move.StageId"] = lost });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusal = await WebSession.ParseAsync(refused, url);
        Assert.StartsWith("Quelqu'un a modifié ce prospect entre-temps", refusal.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("Qualifié", refusal.QuerySelector("[data-testid=prospect-details] .badge")!.TextContent);
    }

    [Fact]
    public async Task Editing_keeps_what_was_typed_when_someone_saved_meanwhile()
    {
        using var session = await factory.SignedInAsync(Roles.Member);
        var created = await session.SubmitAsync(await session.GetPageAsync("/prospects/new"), CreateForm, Valid("Atelier Rivière", "atelier@riviere.fr"));
        var url = created.RedirectPath().Split('?')[0];
        var mine = await session.GetPageAsync(url + "/edit");
        var theirs = await session.GetPageAsync(url + "/edit");
        var saved = await session.SubmitAsync(theirs, "form[action$='/edit']", new() { ["Input.City"] = "Lyon" });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, (await WebSession.ParseAsync(saved, url)).Messages().FirstOrDefault());

        var conflict = await session.SubmitAsync(mine, "form[action$='/edit']", new() { ["Input.City"] = "Grenoble" });

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await WebSession.ParseAsync(conflict, url + "/edit");
        Assert.StartsWith("Quelqu'un a modifié ce prospect entre-temps", page.QuerySelector("[data-testid=form-errors]")!.TextContent.Trim());
        Assert.Equal("Grenoble", page.QuerySelector<IHtmlInputElement>("#city")!.Value);
        Assert.Equal("Lyon", await factory.QueryAsync(db => db.Prospects.Where(p => p.Name == "Atelier Rivière").Select(p => p.City).SingleAsync()));
    }

    [Fact]
    public async Task Deleting_asks_for_confirmation_first()
    {
        using var session = await factory.SignedInAsync(Roles.Member);
        var created = await session.SubmitAsync(await session.GetPageAsync("/prospects/new"), CreateForm, Valid("À Supprimer", "bye@x.fr"));
        var url = created.RedirectPath().Split('?')[0];

        var confirm = await session.GetPageAsync(url + "/delete");
        Assert.Contains("À Supprimer", confirm.QuerySelector("main p")!.TextContent);
        Assert.Equal(1, await CountAsync("À Supprimer"));

        var deleted = await session.SubmitAsync(confirm, "form:has(button.btn-danger)", []);
        var list = await session.FollowAsync(deleted);
        Assert.Equal("Le prospect a été supprimé.", list.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(0, await CountAsync("À Supprimer"));
        await session.GetPageAsync(url, HttpStatusCode.NotFound);
    }
}
