using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Pipeline;

namespace SocialKpi.Tests.Pipeline;

public sealed class StageSettingsTests
{
    [Fact]
    public async Task A_new_stage_goes_after_the_last_open_one_and_can_be_moved_and_removed()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var settings = scope.ServiceProvider.GetRequiredService<StageSettings>();

        var added = await settings.AddAsync("Negotiation");
        Assert.True(added.Succeeded);
        Assert.Equal(["Follower", "Engaged", "Conversation", "Qualified", "Proposal", "Negotiation", "Client", "Lost"], (await settings.CurrentAsync()).Stages.Select(s => s.Name));

        Assert.True(await settings.MoveAsync(added.Id!.Value, earlier: true));
        Assert.False(await settings.MoveAsync((await settings.CurrentAsync()).Stages.Single(s => s.Name == "Proposal").Id, earlier: false));
        Assert.Equal("Negotiation", (await settings.CurrentAsync()).Stages[4].Name);

        Assert.True((await settings.RemoveAsync(added.Id!.Value)).Succeeded);
        Assert.Equal(7, (await settings.CurrentAsync()).Stages.Count);
    }

    [Fact]
    public async Task A_stage_with_prospects_or_an_outcome_stays()
    {
        using var _ = new CultureScope("en-GB");
        await using var database = await TestDatabase.CreateAsync();
        await Builders.ProspectAsync(database);
        await using var scope = database.Scope();
        var settings = scope.ServiceProvider.GetRequiredService<StageSettings>();
        var stages = (await settings.CurrentAsync()).Stages;

        Assert.Equal("Prospects are at this stage: move them elsewhere first.", Assert.Single((await settings.RemoveAsync(stages[0].Id)).Errors).ErrorMessage);
        Assert.StartsWith("The won and lost stages cannot be removed", Assert.Single((await settings.RemoveAsync(stages[^1].Id)).Errors).ErrorMessage);
    }

    [Fact]
    public async Task Thresholds_and_probabilities_are_checked_before_anything_is_saved()
    {
        using var _ = new CultureScope("fr-FR");
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var settings = scope.ServiceProvider.GetRequiredService<StageSettings>();
        var input = await settings.CurrentAsync();
        input.Stages[0].StaleAfterDays = 3;
        input.Stages[1].WinProbability = 140;

        var result = await settings.SaveAsync(input);

        Assert.Equal("Indiquez une probabilité de gain de 0 à 100 %.", Assert.Single(result.Errors).ErrorMessage);
        await using var db = database.NewContext();
        Assert.Equal(60, (await db.Stages.OrderBy(s => s.Position).FirstAsync()).StaleAfterDays);

        input.Stages[1].WinProbability = 15;
        Assert.True((await settings.SaveAsync(input)).Succeeded);
        await using var after = database.NewContext();
        Assert.Equal(3, (await after.Stages.OrderBy(s => s.Position).FirstAsync()).StaleAfterDays);
    }
}
