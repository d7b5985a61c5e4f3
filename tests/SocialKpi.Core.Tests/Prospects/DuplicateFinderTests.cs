using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Data;
using SocialKpi.Prospects;

namespace SocialKpi.Tests.Prospects;

public sealed class DuplicateFinderTests
{
    [Fact]
    public async Task Same_email_phone_or_handle_however_typed_is_a_possible_duplicate()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        var created = await scope.ServiceProvider.GetRequiredService<ProspectService>().CreateAsync(await Builders.ValidProspectAsync(db), null);

        var other = await Builders.ValidProspectAsync(db, "H. Léger");
        other.Email = " HELENE@Boulangerie-Leger.fr";
        other.Phone = "+33 6 12 34 56 78";
        other.Handles[0].Handle = "https://instagram.com/boulangerie.leger";
        var matches = await scope.ServiceProvider.GetRequiredService<DuplicateFinder>().FindAsync(other, excludeProspectId: null);

        Assert.Equal([DuplicateReason.Email, DuplicateReason.Phone, DuplicateReason.Handle], matches.Select(m => m.Reason));
        Assert.All(matches, m => Assert.Equal(created.Id, m.ProspectId));
    }

    [Fact]
    public async Task A_prospect_is_not_its_own_duplicate()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        var input = await Builders.ValidProspectAsync(db);
        var created = await scope.ServiceProvider.GetRequiredService<ProspectService>().CreateAsync(input, null);

        Assert.Empty(await scope.ServiceProvider.GetRequiredService<DuplicateFinder>().FindAsync(input, created.Id));
    }
}
