using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Activities;
using SocialKpi.Prospects;
using SocialKpi.Users;
using SocialKpi.Web.Features.Rounds;

namespace SocialKpi.Web.Tests.Prospects;

/// <summary>A door-to-door round on the test clock's Sunday 2026-11-22.</summary>
public sealed class RoundPageTests : ComponentTest
{
    private async Task<int> NeighbourAsync(string name, PerimeterRing ring = PerimeterRing.Street, string city = "Lyon")
    {
        var input = await QueryAsync(db => Builders.ProspectInputAsync(db, name, Me.Id));
        (input.Ring, input.City, input.Email, input.Phone, input.Handles) = (ring, city, null, null, []);
        return (await Run((ProspectService s) => s.CreateAsync(input, Me.Id))).Id!.Value;
    }

    [Fact]
    public async Task One_tap_logs_a_door_to_door_visit_and_the_next_door_comes_up()
    {
        var first = await NeighbourAsync("Boulangerie Léger");
        await NextStepAsync(first, "Apporter le devis", new DateOnly(2026, 11, 20));
        await NeighbourAsync("Café des Arts");
        await NeighbourAsync("Garage Martin", PerimeterRing.City);

        var page = RenderPage<RoundPage>("/rounds?ring=Street");

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=round-stop]").Count));
        Assert.Contains("Rue — 2 arrêts", page.Find("[data-testid=round-count]").TextContent);
        var top = page.FindAll("[data-testid=round-stop]")[0];
        Assert.Contains("Boulangerie Léger", top.TextContent);
        Assert.Contains("À faire : Apporter le devis (20/11/2026)", top.TextContent);

        await top.QuerySelector("[data-testid=visit-nobody]")!.ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=round-stop]")));
        Assert.Contains("Café des Arts", page.Find("[data-testid=round-stop]").TextContent);
        Assert.Contains("Visite notée : Boulangerie Léger. Suivant : Café des Arts.", Snackbars());
        var visit = await QueryAsync(db => db.Activities.Include(a => a.Channel).SingleAsync(a => a.ProspectId == first && a.Kind == ActivityKind.Visit));
        Assert.Equal(("Porte-à-porte", Direction.Outbound, "Repasser", new DateOnly(2026, 11, 29)), (visit.Channel!.Name, visit.Direction, visit.NextStep, visit.NextStepDue));
        Assert.NotNull(await QueryAsync(db => db.Activities.Where(a => a.ProspectId == first && a.NextStep == "Apporter le devis").Select(a => a.NextStepDoneAt).SingleAsync()));
    }

    [Fact]
    public async Task A_town_in_the_address_narrows_the_round()
    {
        await NeighbourAsync("Boulangerie Léger");
        await NeighbourAsync("Épicerie du Tonkin", city: "Villeurbanne");

        var page = RenderPage<RoundPage>("/rounds?ring=Street&town=villeurbanne");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=round-stop]")));
        Assert.Contains("Épicerie du Tonkin", page.Find("[data-testid=round-stop]").TextContent);
        Assert.Contains("Rue · Villeurbanne — 1 arrêt", page.Find("[data-testid=round-count]").TextContent);
    }

    [Fact]
    public async Task Without_a_ring_in_the_address_the_round_starts_at_the_innermost_ring_with_doors_left()
    {
        await NeighbourAsync("Voisine du palier", PerimeterRing.Building);
        await NeighbourAsync("Boulangerie Léger");

        var page = RenderPage<RoundPage>("/rounds");

        page.WaitForAssertion(() => Assert.Contains("Voisine du palier", page.Find("[data-testid=round]").TextContent));
        Assert.StartsWith("Immeuble", page.Find("[data-testid=round-count]").TextContent.Trim());
    }

    [Fact]
    public async Task In_English_a_viewer_reads_the_round_without_the_buttons_and_an_empty_ring_says_so()
    {
        UseCulture("en-GB");
        await NeighbourAsync("Boulangerie Léger");
        await SignInAsAsync(Roles.Viewer);

        var page = RenderPage<RoundPage>("/rounds?ring=street");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=round-stop]")));
        Assert.Contains("Never visited", page.Find("[data-testid=round-stop]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=visit-nobody]"));

        var empty = RenderPage<RoundPage>("/rounds?ring=Region");
        empty.WaitForElement("[data-testid=round-empty]");
        Assert.Contains("Nothing left to visit in this ring", empty.Find("[data-testid=round-empty]").TextContent);
    }
}
