using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Objectives;
using SocialKpi.Users;

namespace SocialKpi.Tests.Objectives;

public sealed class ObjectiveServiceTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Setting_an_objective_again_replaces_the_one_of_that_kind()
    {
        await using var scope = database.Scope();
        var objectives = scope.ServiceProvider.GetRequiredService<ObjectiveService>();

        Assert.True((await objectives.SaveAsync(new ObjectiveInput { Kind = ObjectiveKind.Sales, Metric = KpiMetric.Revenue, Target = "4 500,50", Period = ObjectivePeriod.Month })).Succeeded);
        Assert.True((await objectives.SaveAsync(new ObjectiveInput { Kind = ObjectiveKind.Image, Metric = KpiMetric.EngagementRate, Target = "2,5 %", Period = ObjectivePeriod.Quarter })).Succeeded);
        Assert.True((await objectives.SaveAsync(new ObjectiveInput { Kind = ObjectiveKind.Sales, Metric = KpiMetric.Clients, Target = "12", Period = ObjectivePeriod.Year })).Succeeded);

        var saved = await objectives.ListAsync();
        Assert.Equal([ObjectiveKind.Image, ObjectiveKind.Sales], saved.Select(o => o.Kind));
        var image = saved[0];
        Assert.Equal((KpiMetric.EngagementRate, 2.5m, 0.025), (image.Metric, image.Target, image.Goal));
        var sales = saved[1];
        Assert.Equal((KpiMetric.Clients, 12m, ObjectivePeriod.Year), (sales.Metric, sales.Target, sales.Period));

        await objectives.RemoveAsync(ObjectiveKind.Image);
        Assert.Equal([ObjectiveKind.Sales], (await objectives.ListAsync()).Select(o => o.Kind));
    }

    [Theory]
    [InlineData(KpiMetric.Revenue, "", "Enter a target amount in euros above 0, such as 5000 or 4 500,50.")]
    [InlineData(KpiMetric.Revenue, "0", "Enter a target amount in euros above 0, such as 5000 or 4 500,50.")]
    [InlineData(KpiMetric.Revenue, "1,2,3", "Enter a target amount in euros above 0, such as 5000 or 4 500,50.")]
    [InlineData(KpiMetric.Clients, "2,5", "Enter a target as a whole number above 0, such as 20.")]
    [InlineData(KpiMetric.Clients, "-3", "Enter a target as a whole number above 0, such as 20.")]
    [InlineData(KpiMetric.ConversionRate, "150", "Enter a target percentage above 0 and at most 100, such as 2 or 2,5.")]
    [InlineData(KpiMetric.Reach, "5000", "Choose one of the KPIs this objective is measured by.")]
    public async Task A_target_that_is_not_one_for_its_KPI_is_refused_with_a_message(KpiMetric metric, string target, string message)
    {
        using var _ = new CultureScope("en-GB");
        await using var scope = database.Scope();
        var objectives = scope.ServiceProvider.GetRequiredService<ObjectiveService>();
        Assert.True((await objectives.SaveAsync(new ObjectiveInput { Kind = ObjectiveKind.Sales, Metric = KpiMetric.Revenue, Target = "1000" })).Succeeded);

        var result = await objectives.SaveAsync(new ObjectiveInput { Kind = ObjectiveKind.Sales, Metric = metric, Target = target });

        Assert.Equal(message, Assert.Single(result.Errors).ErrorMessage);
        var kept = Assert.Single(await objectives.ListAsync());
        Assert.Equal((KpiMetric.Revenue, 1000m), (kept.Metric, kept.Target));
    }

    [Fact]
    public async Task The_refusals_read_in_French_too()
    {
        using var _ = new CultureScope("fr-FR");
        await using var scope = database.Scope();
        var objectives = scope.ServiceProvider.GetRequiredService<ObjectiveService>();

        var result = await objectives.SaveAsync(new ObjectiveInput { Kind = ObjectiveKind.Traffic, Metric = KpiMetric.LinkClicks, Target = "beaucoup" });

        Assert.Equal("Saisissez une cible en nombre entier supérieur à 0, comme 20.", Assert.Single(result.Errors).ErrorMessage);
    }

    [Fact]
    public async Task Only_owners_set_objectives()
    {
        using var _ = new CultureScope("en-GB");
        await using var scope = database.Scope();
        var objectives = scope.ServiceProvider.GetRequiredService<ObjectiveService>();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var member = (await accounts.CreateAsync("m@atelier.fr", "Member", "motdepasse42", Roles.Member)).User!;
        var input = new ObjectiveInput { Kind = ObjectiveKind.Offers, Metric = KpiMetric.Conversations, Target = "40" };

        Assert.Equal("Only the owner changes the settings.", Assert.Single((await objectives.SaveAsync(input, member.Id)).Errors).ErrorMessage);
        Assert.True((await objectives.SaveAsync(input)).Succeeded);
        Assert.False((await objectives.RemoveAsync(ObjectiveKind.Offers, member.Id)).Succeeded);
        Assert.Single(await objectives.ListAsync());
    }

    [Theory]
    [InlineData(ObjectivePeriod.Week, "2026-11-22", "2026-11-16", "2026-11-23", "2026-11-09")]
    [InlineData(ObjectivePeriod.Week, "2026-11-16", "2026-11-16", "2026-11-23", "2026-11-09")]
    [InlineData(ObjectivePeriod.Month, "2026-01-31", "2026-01-01", "2026-02-01", "2025-12-01")]
    [InlineData(ObjectivePeriod.Quarter, "2026-11-22", "2026-10-01", "2027-01-01", "2026-07-01")]
    [InlineData(ObjectivePeriod.Year, "2026-03-01", "2026-01-01", "2027-01-01", "2025-01-01")]
    public void Periods_are_calendar_periods_and_weeks_start_on_Monday(ObjectivePeriod period, string day, string from, string to, string previousFrom)
    {
        var range = period.Containing(DateOnly.Parse(day));
        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to)), (range.From, range.To));
        Assert.Equal(DateOnly.Parse(previousFrom), period.Previous(DateOnly.Parse(day)).From);
    }
}
