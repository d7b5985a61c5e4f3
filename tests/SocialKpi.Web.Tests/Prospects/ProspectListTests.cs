using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Web.Features.Prospects;

namespace SocialKpi.Web.Tests.Prospects;

public sealed class ProspectListTests : ComponentTest
{
    [Fact]
    public async Task The_grid_lists_prospects_with_their_stage_and_value()
    {
        await ProspectAsync("Hélène Léger", Me.Id);
        await ProspectAsync("Boulangerie Martin", Me.Id, channel: "Porte-à-porte");

        var list = RenderPage<ProspectList>("/prospects");

        list.WaitForAssertion(() => Assert.Equal(2, list.FindAll("[data-testid=prospect-grid] tbody tr").Count));
        Assert.Contains("2 prospects", list.Find("[data-testid=result-count]").TextContent);
        Assert.Contains("Abonné", list.Find("[data-testid=prospect-grid] tbody").TextContent);
    }

    [Fact]
    public async Task Filters_come_from_the_address_so_a_link_shares_them()
    {
        await ProspectAsync("Hélène Léger", Me.Id);
        await ProspectAsync("Boulangerie Martin", Me.Id, channel: "Porte-à-porte");
        var doorToDoor = await QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Channels, c => c.Name == "Porte-à-porte"));

        var list = RenderPage<ProspectList>($"/prospects?channel={doorToDoor.Id}");

        list.WaitForAssertion(() => Assert.Single(list.FindAll("[data-testid=prospect-grid] tbody tr")));
        Assert.Contains("Boulangerie Martin", list.Find("[data-testid=prospect-grid] tbody").TextContent);
        Assert.Contains("1 prospect", list.Find("[data-testid=result-count]").TextContent);
        // The CSV download keeps the filters on screen.
        Assert.Equal($"/api/prospects.csv?channel={doorToDoor.Id}", list.Find("[data-testid=prospects-csv]").GetAttribute("href"));
    }

    [Fact]
    public async Task A_filter_edited_by_hand_into_nonsense_shows_every_prospect_instead_of_failing()
    {
        await ProspectAsync("Hélène Léger", Me.Id);
        await ProspectAsync("Boulangerie Martin", Me.Id);

        var list = RenderPage<ProspectList>("/prospects?stage=abc&persona=&channel=12x");

        list.WaitForAssertion(() => Assert.Equal(2, list.FindAll("[data-testid=prospect-grid] tbody tr").Count));
        Assert.Contains("2 prospects", list.Find("[data-testid=result-count]").TextContent);
    }

    [Fact]
    public async Task Searching_puts_the_text_in_the_address_and_the_list_follows_it()
    {
        await ProspectAsync("Hélène Léger", Me.Id);
        await ProspectAsync("Boulangerie Martin", Me.Id);
        var list = RenderPage<ProspectList>("/prospects");
        list.WaitForAssertion(() => Assert.Equal(2, list.FindAll("[data-testid=prospect-grid] tbody tr").Count));

        // Typing, then a pause: MudBlazor's debounce runs on the app's clock, which the test moves on.
        await list.Find("#q").InputAsync(new ChangeEventArgs { Value = "helene" });
        Assert.DoesNotContain("q=", Services.GetRequiredService<NavigationManager>().Uri);
        Clock.Advance(TimeSpan.FromMilliseconds(400));

        var navigation = Services.GetRequiredService<NavigationManager>();
        list.WaitForAssertion(() => Assert.Contains("q=helene", navigation.Uri));
        list.WaitForAssertion(() => Assert.Single(list.FindAll("[data-testid=prospect-grid] tbody tr")));
        Assert.Contains("Hélène Léger", list.Find("[data-testid=prospect-grid] tbody").TextContent);
    }

    [Fact]
    public void No_match_says_so()
    {
        var list = RenderPage<ProspectList>("/prospects?q=personne");

        list.WaitForAssertion(() => Assert.Contains("Aucun prospect", list.Find("[data-testid=prospect-grid]").TextContent));
    }

    [Fact]
    public async Task A_prospect_a_teammate_adds_shows_in_an_open_list()
    {
        await ProspectAsync("Hélène Léger", Me.Id);
        var list = RenderPage<ProspectList>("/prospects");
        list.WaitForAssertion(() => Assert.Single(list.FindAll("[data-testid=prospect-grid] tbody tr")));

        var id = await ProspectAsync("Boulangerie Martin", Me.Id);
        Services.GetRequiredService<SocialKpi.Web.Infrastructure.IProspectChanges>().Publish(new(id));

        list.WaitForAssertion(() => Assert.Equal(2, list.FindAll("[data-testid=prospect-grid] tbody tr").Count));
        Assert.Contains("2 prospects", list.Find("[data-testid=result-count]").TextContent);
    }

    [Fact]
    public async Task Changes_arriving_together_end_with_the_list_as_it_now_is()
    {
        var list = RenderPage<ProspectList>("/prospects");
        list.WaitForAssertion(() => Assert.Contains("Aucun prospect", list.Find("[data-testid=prospect-grid]").TextContent));
        var changes = Services.GetRequiredService<SocialKpi.Web.Infrastructure.IProspectChanges>();

        // A busy team: three prospects added while the list reloads for the first. The changes
        // that arrive during a reload are gathered into one more, which must not miss any.
        foreach (var name in new[] { "Hélène Léger", "Boulangerie Martin", "Garage Dupuis" })
            changes.Publish(new(await ProspectAsync(name, Me.Id)));
        Clock.Advance(ProspectList.ReloadInterval);

        list.WaitForAssertion(() => Assert.Equal(3, list.FindAll("[data-testid=prospect-grid] tbody tr").Count));
        Assert.Contains("3 prospects", list.Find("[data-testid=result-count]").TextContent);
    }

    [Fact]
    public async Task An_open_list_shows_a_change_at_once_and_the_next_ones_within_the_reload_interval()
    {
        var list = RenderPage<ProspectList>("/prospects");
        list.WaitForAssertion(() => Assert.Contains("Aucun prospect", list.Find("[data-testid=prospect-grid]").TextContent));
        var changes = Services.GetRequiredService<SocialKpi.Web.Infrastructure.IProspectChanges>();

        changes.Publish(new(await ProspectAsync("Hélène Léger", Me.Id)));
        list.WaitForAssertion(() => Assert.Contains("1 prospect", list.Find("[data-testid=result-count]").TextContent));

        // A second change right after the first waits for the interval: one reload per interval
        // however busy the team, each showing everything changed before it.
        changes.Publish(new(await ProspectAsync("Boulangerie Martin", Me.Id)));
        changes.Publish(new(await ProspectAsync("Garage Dupuis", Me.Id)));
        Clock.Advance(ProspectList.ReloadInterval - TimeSpan.FromMilliseconds(1));
        Assert.Single(list.FindAll("[data-testid=prospect-grid] tbody tr"));

        Clock.Advance(TimeSpan.FromMilliseconds(1));
        list.WaitForAssertion(() => Assert.Equal(3, list.FindAll("[data-testid=prospect-grid] tbody tr").Count));
        Assert.Contains("3 prospects", list.Find("[data-testid=result-count]").TextContent);

        // After a quiet spell, a change shows at once again.
        Clock.Advance(ProspectList.ReloadInterval);
        changes.Publish(new(await ProspectAsync("Pressing du Port", Me.Id)));
        list.WaitForAssertion(() => Assert.Contains("4 prospects", list.Find("[data-testid=result-count]").TextContent));
    }
}
