using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Data;
using SocialKpi.Pipeline;
using SocialKpi.Prospects;
using SocialKpi.Users;

namespace SocialKpi.Tests.Pipeline;

public sealed class BoardQueryTests
{
    [Fact]
    public async Task Refreshed_cards_say_whether_the_filtered_board_shows_them()
    {
        await using var database = await TestDatabase.CreateAsync();
        string lea;
        int hers, other, gone;
        await using (var scope = database.Scope())
        {
            lea = (await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync("lea@atelier.fr", "Léa", "motdepasse42", Roles.Member)).User!.Id;
            var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
            var prospects = scope.ServiceProvider.GetRequiredService<ProspectService>();
            var input = await Builders.ValidProspectAsync(db, "Hélène Léger");
            input.OwnerId = lea;
            hers = (await prospects.CreateAsync(input, null)).Id!.Value;
            input = await Builders.ValidProspectAsync(db, "Boulangerie Martin");
            (input.Email, input.Ring) = ("contact@martin.fr", PerimeterRing.City);
            other = (await prospects.CreateAsync(input, null)).Id!.Value;
            gone = await Builders.ProspectAsync(database, "Parti");
            Assert.True((await prospects.DeleteAsync(gone)).Succeeded);
        }

        await using var query = database.Scope();
        var board = query.ServiceProvider.GetRequiredService<BoardQuery>();
        async Task<string> ShownAsync(BoardFilter filter) =>
            string.Join(", ", (await board.CardsOfAsync([hers, other, gone], filter)).OrderBy(c => c.Card.Id).Select(c => $"{c.Card.Name}: {c.Shown}"));

        // A deleted prospect has no card; the others come whatever the filter, with what it says.
        Assert.Equal("Hélène Léger: True, Boulangerie Martin: True", await ShownAsync(new BoardFilter()));
        Assert.Equal("Hélène Léger: True, Boulangerie Martin: False", await ShownAsync(new BoardFilter { OwnerId = lea }));
        Assert.Equal("Hélène Léger: False, Boulangerie Martin: True", await ShownAsync(new BoardFilter { Ring = PerimeterRing.City }));
        Assert.Equal("Hélène Léger: False, Boulangerie Martin: False", await ShownAsync(new BoardFilter { OwnerId = lea, Ring = PerimeterRing.City }));
        // Filters the card cannot answer are asked of the database.
        Assert.Equal("Hélène Léger: False, Boulangerie Martin: True", await ShownAsync(new BoardFilter { Text = "martin" }));
        Assert.Equal("Hélène Léger: True, Boulangerie Martin: False", await ShownAsync(new BoardFilter { Text = "léger", OwnerId = lea }));
    }
}
