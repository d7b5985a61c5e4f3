using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Auditing;
using SocialKpi.Users;
using SocialKpi.Web.Features.Importing;

namespace SocialKpi.Web.Tests.Importing;

public sealed class ImportPageTests : ComponentTest
{
    // What French Excel saves: semicolons, French headers, Windows-1252 accents.
    private static readonly byte[] ExcelFile = CodePages().GetBytes(
        "Référence;Nom;Courriel;Canal;Créé le;Colonne perso\r\nP1;Léa Martin;lea@atelier.fr;Instagram;2026-03-14;x\r\nP2;Marc Dubois;;Pigeon voyageur;2026-04-01;y\r\n");

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static void Upload(IRenderedComponent<ImportPage> page, byte[] bytes) =>
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(bytes, "prospects.csv", contentType: "text/csv"));

    [Fact]
    public async Task A_french_excel_file_is_read_its_columns_guessed_checked_cell_by_cell_then_imported_with_a_tag()
    {
        var page = RenderPage<ImportPage>("/import");

        Upload(page, ExcelFile);

        page.WaitForAssertion(() => Assert.Contains("Lu en Windows-1252, cellules séparées par des points-virgules : 2 ligne(s).", page.Find("[data-testid=import-read-as]").TextContent));
        Assert.Contains("Devinées d'après le nom des en-têtes", page.Find("[data-testid=import-mapping]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=import-missing]"));

        await page.Find("[data-testid=import-check]").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=import-errors] tbody tr")));
        var error = page.Find("[data-testid=import-errors] tbody tr").TextContent;
        Assert.Contains("3", error);
        Assert.Contains("Canal", error);
        Assert.Equal(0, await QueryAsync(db => db.Prospects.CountAsync()));

        await page.Find("[data-testid=import-mapping] input[type=checkbox]").ChangeAsync(new ChangeEventArgs { Value = true });
        await page.Find("[data-testid=import-check]").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Contains("2 ligne(s) vérifiée(s), toutes valides", page.Find("[data-testid=import-ready]").TextContent));
        await page.Find("[data-testid=import-run]").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Contains("2 ligne(s) importée(s).", page.Find("[data-testid=import-result]").TextContent));
        var tag = "import 2026-11-22 10:00";
        Assert.Equal($"/prospects?tag={Uri.EscapeDataString(tag)}", page.Find("[data-testid=import-link]").GetAttribute("href"));
        Assert.Equal(["Léa Martin", "Marc Dubois"], await QueryAsync(db => db.Prospects.Where(p => db.ProspectTags.Any(t => t.ProspectId == p.Id && t.Name == tag)).OrderBy(p => p.Id).Select(p => p.Name).ToListAsync()));
        Assert.Equal("lea@atelier.fr", await QueryAsync(db => db.Prospects.Where(p => p.ExternalRef == "P1").Select(p => p.Email).SingleAsync()));
        Assert.True(await QueryAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Imported && e.UserId == Me.Id)));
    }

    [Fact]
    public async Task A_changed_mapping_is_remembered_for_the_next_file_with_the_same_headers()
    {
        var page = RenderPage<ImportPage>("/import");
        Upload(page, Encoding.UTF8.GetBytes("Code,Qui,Source,Jour\nA1,Léa,Instagram,2026-03-14\n"));
        page.WaitForElement("[data-testid=import-missing]");

        // "Qui" and "Jour" are not guessed: the user picks their columns.
        var selects = page.FindComponents<MudBlazor.MudSelect<string>>();
        await ChooseAsync(selects[1], "Nom (name)");
        await ChooseAsync(selects[3], "Créé le (created_at)");
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=import-missing]")));
        await page.Find("[data-testid=import-check]").ClickAsync(new MouseEventArgs());
        page.WaitForElement("[data-testid=import-run]");
        await page.Find("[data-testid=import-run]").ClickAsync(new MouseEventArgs());
        page.WaitForElement("[data-testid=import-result]");

        var again = RenderPage<ImportPage>("/import");
        Upload(again, Encoding.UTF8.GetBytes("Code,Qui,Source,Jour\nA2,Marc,Instagram,2026-03-15\n"));

        again.WaitForAssertion(() => Assert.Contains("Les mêmes associations que pour le dernier fichier", again.Find("[data-testid=import-mapping]").TextContent));
        Assert.Empty(again.FindAll("[data-testid=import-missing]"));
    }

    [Fact]
    public async Task A_viewer_is_told_imports_are_for_owners_and_members()
    {
        await SignInAsAsync(Roles.Viewer);

        var page = RenderPage<ImportPage>("/import");

        Assert.Contains("l'import est réservé aux propriétaires et aux membres", page.Find("[data-testid=import-viewer]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=import-upload]"));
    }

    [Fact]
    public async Task Duplicates_are_shown_with_a_choice_per_group_and_the_import_can_be_reverted()
    {
        var lea = await ProspectAsync("Léa Martin", Me.Id);
        await QueryAsync(db => db.Prospects.Where(p => p.Id == lea).ExecuteUpdateAsync(s => s.SetProperty(p => p.Email, "lea@atelier.fr")));
        var page = RenderPage<ImportPage>("/import");
        Upload(page, Encoding.UTF8.GetBytes("ref,name,email,phone,source_channel,created_at\nP1,Léa M.,LEA@atelier.fr,06 11 22 33 44,Instagram,2026-03-14\nP2,Marc,,06 99 88 77 66,Instagram,2026-03-14\nP3,Marc Dubois,,+33 6 99 88 77 66,Instagram,2026-03-15\n"));
        page.WaitForElement("[data-testid=import-check]");

        await page.Find("[data-testid=import-check]").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=import-duplicate-groups] tbody tr").Count));
        var rows = page.FindAll("[data-testid=import-duplicate-groups] tbody tr");
        Assert.Contains("courriel lea@atelier.fr", rows[0].TextContent);
        Assert.Equal($"/prospects/{lea}", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("téléphone +33699887766", rows[1].TextContent);
        Assert.Contains("dans le fichier", rows[1].TextContent);
        // Every group fills by default; the two Marcs are kept apart.
        await ChooseAsync(page.FindComponents<MudBlazor.MudSelect<SocialKpi.Importing.DuplicateChoice>>()[2], "Créer quand même");
        await page.Find("[data-testid=import-run]").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Contains("2 créé(s), 1 existant(s) complété(s), 1 doublon(s) écarté(s)", page.Find("[data-testid=import-counts]").TextContent));
        Assert.Equal("+33611223344", await QueryAsync(db => db.Prospects.Where(p => p.Id == lea).Select(p => p.Phone).SingleAsync()));
        Assert.Equal(3, await QueryAsync(db => db.Prospects.CountAsync()));

        var revert = page.WaitForElement("[data-testid=past-imports-table] button[data-testid^=revert-]");
        revert.Click();
        Dialogs.WaitForAssertion(() => Assert.Contains("seront vidés", Dialogs.Find(".mud-dialog").TextContent));
        Dialogs.FindAll(".mud-dialog button").First(b => b.TextContent.Trim() == "Annuler l'import").Click();

        page.WaitForAssertion(() => Assert.Contains("Annulé le", page.Find("[data-testid=past-imports-table]").TextContent));
        Assert.Equal(1, await QueryAsync(db => db.Prospects.CountAsync()));
        Assert.Null(await QueryAsync(db => db.Prospects.Where(p => p.Id == lea).Select(p => p.Phone).SingleAsync()));
    }

    [Fact]
    public async Task A_revert_held_back_names_the_prospects_worked_on_since()
    {
        var page = RenderPage<ImportPage>("/import");
        Upload(page, Encoding.UTF8.GetBytes("ref,name,source_channel,created_at\nP1,Léa Martin,Instagram,2026-03-14\n"));
        page.WaitForElement("[data-testid=import-check]");
        await page.Find("[data-testid=import-check]").ClickAsync(new MouseEventArgs());
        page.WaitForElement("[data-testid=import-run]");
        await page.Find("[data-testid=import-run]").ClickAsync(new MouseEventArgs());
        page.WaitForElement("[data-testid=import-result]");
        Clock.Advance(TimeSpan.FromMinutes(5));
        var lea = await QueryAsync(db => db.Prospects.Select(p => p.Id).SingleAsync());
        await NextStepAsync(lea, "Rappeler", DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(2));

        page.Find("[data-testid=past-imports-table] button[data-testid^=revert-]").Click();
        Dialogs.FindAll(".mud-dialog button").First(b => b.TextContent.Trim() == "Annuler l'import").Click();

        page.WaitForAssertion(() => Assert.Contains("ont été travaillés depuis", page.Find("[data-testid=revert-refused]").TextContent));
        Assert.Equal($"/prospects/{lea}", page.Find("[data-testid=revert-refused] a").GetAttribute("href"));
        Assert.Equal(1, await QueryAsync(db => db.Prospects.CountAsync()));
    }

    [Fact]
    public async Task LinkedIn_s_export_is_recognised_checked_and_added_with_a_tag_without_matching_columns()
    {
        const string connections = "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nLéa,Martin,https://www.linkedin.com/in/lea-martin,,\"Atelier Martin, SARL\",Gérante,06 Nov 2024\nPaul,Sans Profil,,,,,01 Mar 2024\n";
        var page = RenderPage<ImportPage>("/import");

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(connections, "Connections.csv", contentType: "text/csv"));

        page.WaitForAssertion(() => Assert.Contains("l'export de vos relations LinkedIn", page.Find("[data-testid=import-read-as]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=import-mapping]"));
        page.WaitForAssertion(() => Assert.Contains("1 nouvelle(s) personne(s) à ajouter, 0 déjà dans l'espace (même compte ou e-mail), 1 refusée(s)", page.Find("[data-testid=network-summary]").TextContent));
        Assert.StartsWith("6", page.Find("[data-testid=network-refused] tbody tr").TextContent.Trim());
        Assert.Contains("Aucune adresse de profil", page.Find("[data-testid=network-refused] tbody tr").TextContent);
        Assert.Equal(0, await QueryAsync(db => db.Prospects.CountAsync()));

        await page.Find("[data-testid=network-run]").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Contains("1 prospect(s) ajouté(s)", page.Find("[data-testid=import-result]").TextContent));
        var tag = "linkedin 2026-11-22 10:00";
        Assert.Equal($"/prospects?tag={Uri.EscapeDataString(tag)}", page.Find("[data-testid=import-link]").GetAttribute("href"));
        Assert.Equal("Atelier Martin, SARL", await QueryAsync(db => db.Prospects.Where(p => db.ProspectTags.Any(t => t.ProspectId == p.Id && t.Name == tag)).Select(p => p.Company).SingleAsync()));
        page.WaitForAssertion(() => Assert.Contains("LinkedIn · Connections.csv", page.Find("[data-testid=past-imports-table]").TextContent));
    }
}
