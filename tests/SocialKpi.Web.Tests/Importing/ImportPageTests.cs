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
}
