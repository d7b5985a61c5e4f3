using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Data;
using SocialKpi.Pipeline;
using SocialKpi.Prospects;

namespace SocialKpi.Tests.Prospects;

public sealed class ProspectServiceTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task<(int Id, ProspectInput Input)> CreateAsync(string name = "Hélène Léger")
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        var input = await Builders.ValidProspectAsync(db, name);
        var result = await scope.ServiceProvider.GetRequiredService<ProspectService>().CreateAsync(input, actorId: null);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return (result.Id!.Value, input);
    }

    [Fact]
    public async Task Creating_stores_normalised_contacts_and_records_the_entry_stage()
    {
        var (id, _) = await CreateAsync();

        await using var db = database.NewContext();
        var prospect = await db.Prospects.Include(p => p.Handles).Include(p => p.Tags).SingleAsync(p => p.Id == id);
        Assert.Equal("Hélène Léger", prospect.Name);
        Assert.Equal("helene leger", prospect.NameNormalized);
        Assert.Equal("+33612345678", prospect.Phone);
        Assert.Equal(1200m, prospect.EstimatedValue);
        Assert.Equal("boulangerie.leger", Assert.Single(prospect.Handles).Handle);
        Assert.Equal(["boulangerie", "voisin"], prospect.Tags.Select(t => t.Name).Order().ToList());
        var entry = await db.StageChanges.SingleAsync(c => c.ProspectId == id);
        Assert.Null(entry.FromStageId);
        Assert.Equal(prospect.StageId, entry.ToStageId);
        Assert.Equal(database.Clock.Now.UtcDateTime, entry.ChangedAt);
    }

    [Fact]
    public async Task An_unknown_channel_is_refused_and_nothing_is_saved()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        var input = await Builders.ValidProspectAsync(db);
        input.SourceChannelId = 9999;

        var result = await scope.ServiceProvider.GetRequiredService<ProspectService>().CreateAsync(input, null);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.PropertyName == nameof(ProspectInput.SourceChannelId));
        await using var check = database.NewContext();
        Assert.Equal(0, await check.Prospects.CountAsync());
    }

    [Fact]
    public async Task Moving_to_another_stage_is_recorded_with_its_time()
    {
        var (id, input) = await CreateAsync();
        database.Clock.Now = database.Clock.Now.AddDays(3);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        var qualified = await db.Stages.SingleAsync(s => s.Name == "Qualified");

        var result = await scope.ServiceProvider.GetRequiredService<ProspectService>().ChangeStageAsync(id, new StageMoveInput { StageId = qualified.Id, Version = 0 }, actorId: null);

        Assert.True(result.Succeeded);
        await using var check = database.NewContext();
        var prospect = await check.Prospects.SingleAsync(p => p.Id == id);
        Assert.Equal(qualified.Id, prospect.StageId);
        Assert.Equal(database.Clock.Now.UtcDateTime, prospect.StageChangedAt);
        Assert.Equal(1, prospect.Version);
        var move = await check.StageChanges.OrderByDescending(c => c.Id).FirstAsync(c => c.ProspectId == id);
        Assert.Equal((input.StageId, qualified.Id), (move.FromStageId!.Value, move.ToStageId));
    }

    [Fact]
    public async Task An_edit_made_from_an_old_version_is_refused_and_keeps_the_newer_one()
    {
        var (id, input) = await CreateAsync();
        await using (var scope = database.Scope())
        {
            input.Company = "Boulangerie Léger";
            var first = await scope.ServiceProvider.GetRequiredService<ProspectService>().UpdateAsync(id, 0, input);
            Assert.True(first.Succeeded);
        }

        await using (var scope = database.Scope())
        {
            input.Company = "Written from a stale form";
            var second = await scope.ServiceProvider.GetRequiredService<ProspectService>().UpdateAsync(id, 0, input);
            Assert.True(second.IsConflict);
        }

        await using var check = database.NewContext();
        Assert.Equal("Boulangerie Léger", (await check.Prospects.SingleAsync(p => p.Id == id)).Company);
    }

    [Fact]
    public async Task Editing_replaces_handles_and_tags()
    {
        var (id, input) = await CreateAsync();
        await using var scope = database.Scope();
        input.Handles = [];
        input.Tags = "vip";

        var result = await scope.ServiceProvider.GetRequiredService<ProspectService>().UpdateAsync(id, 0, input);

        Assert.True(result.Succeeded);
        await using var check = database.NewContext();
        Assert.Empty(await check.ProspectHandles.Where(h => h.ProspectId == id).ToListAsync());
        Assert.Equal(["vip"], await check.ProspectTags.Where(t => t.ProspectId == id).Select(t => t.Name).ToListAsync());
    }

    [Fact]
    public async Task Deleting_removes_the_prospect_and_its_history()
    {
        var (id, _) = await CreateAsync();
        await using var scope = database.Scope();

        Assert.True((await scope.ServiceProvider.GetRequiredService<ProspectService>().DeleteAsync(id)).Succeeded);

        await using var check = database.NewContext();
        Assert.False(await check.Prospects.AnyAsync());
        Assert.False(await check.StageChanges.AnyAsync());
        Assert.False(await check.ProspectHandles.AnyAsync());
    }
}
