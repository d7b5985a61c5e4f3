using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Data;
using SocialKpi.Prospects;

namespace SocialKpi.Tests.Prospects;

public sealed class ProspectSearchTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        var service = scope.ServiceProvider.GetRequiredService<ProspectService>();
        var linkedIn = await db.Channels.SingleAsync(c => c.Name == "LinkedIn");

        await service.CreateAsync(await Builders.ValidProspectAsync(db, "Hélène Léger"), null);
        var marc = await Builders.ValidProspectAsync(db, "Marc Dubois");
        marc.Email = "marc@dubois-plomberie.fr";
        marc.Phone = null;
        marc.SourceChannelId = linkedIn.Id;
        marc.Ring = PerimeterRing.City;
        marc.Handles = [new HandleInput { ChannelId = linkedIn.Id, Handle = "marc-dubois" }];
        await service.CreateAsync(marc, null);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task<IReadOnlyList<string>> FindAsync(ProspectQuery query)
    {
        await using var scope = database.Scope();
        var page = await scope.ServiceProvider.GetRequiredService<ProspectSearch>().FindAsync(query);
        return page.Items.Select(i => i.Name).ToList();
    }

    [Theory]
    [InlineData("helene")]
    [InlineData("LÉGER")]
    [InlineData("@boulangerie.leger")]
    [InlineData("boulangerie-leger.fr")]
    public async Task Search_finds_by_name_without_accents_handle_or_email(string text) =>
        Assert.Equal(["Hélène Léger"], await FindAsync(new ProspectQuery { Search = text }));

    [Fact]
    public async Task Filters_combine()
    {
        await using var db = database.NewContext();
        var linkedIn = await db.Channels.SingleAsync(c => c.Name == "LinkedIn");

        Assert.Equal(["Marc Dubois"], await FindAsync(new ProspectQuery { SourceChannelId = linkedIn.Id }));
        Assert.Equal(["Hélène Léger"], await FindAsync(new ProspectQuery { Ring = PerimeterRing.Street }));
        Assert.Empty(await FindAsync(new ProspectQuery { Ring = PerimeterRing.Street, SourceChannelId = linkedIn.Id }));
    }

    [Fact]
    public async Task Sorting_by_name_either_way()
    {
        Assert.Equal(["Hélène Léger", "Marc Dubois"], await FindAsync(new ProspectQuery { Sort = ProspectSort.Name }));
        Assert.Equal(["Marc Dubois", "Hélène Léger"], await FindAsync(new ProspectQuery { Sort = ProspectSort.Name, Descending = true }));
    }

    [Fact]
    public async Task Pages_hold_fifty_prospects_and_a_page_past_the_end_shows_the_last()
    {
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
            var service = scope.ServiceProvider.GetRequiredService<ProspectService>();
            for (var i = 0; i < 60; i++)
            {
                var input = await Builders.ValidProspectAsync(db, $"Client {i:00}");
                input.Email = null;
                input.Phone = null;
                input.Handles = [];
                await service.CreateAsync(input, null);
            }
        }

        await using var search = database.Scope();
        var first = await search.ServiceProvider.GetRequiredService<ProspectSearch>().FindAsync(new ProspectQuery { Sort = ProspectSort.Name });
        var beyond = await search.ServiceProvider.GetRequiredService<ProspectSearch>().FindAsync(new ProspectQuery { Sort = ProspectSort.Name, Page = 9 });

        Assert.Equal((62, 50, 2), (first.Total, first.Items.Count, first.PageCount));
        Assert.Equal(2, beyond.Page);
        Assert.Equal(12, beyond.Items.Count);
    }

    [Fact]
    public async Task A_page_of_a_search_already_counted_reuses_the_count_it_is_given()
    {
        await using var database = await TestDatabase.CreateAsync();
        await Builders.ProspectAsync(database, "Hélène Léger");
        await using var scope = database.Scope();
        var search = scope.ServiceProvider.GetRequiredService<ProspectSearch>();

        var counted = await search.FindAsync(new ProspectQuery());
        var reused = await search.FindAsync(new ProspectQuery { Page = 2 }, knownTotal: 51);

        Assert.Equal(1, counted.Total);
        Assert.Equal(51, reused.Total);
        Assert.Equal(2, reused.PageCount);
    }
}
