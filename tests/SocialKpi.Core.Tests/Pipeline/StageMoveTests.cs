using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Pipeline;
using SocialKpi.Prospects;
using SocialKpi.Sales;

namespace SocialKpi.Tests.Pipeline;

public sealed class StageMoveTests : ProspectFixture
{
    private async Task<int> StageAsync(string name)
    {
        await using var db = Database.NewContext();
        return await db.Stages.Where(s => s.Name == name).Select(s => s.Id).SingleAsync();
    }

    private async Task<SocialKpi.Common.SaveResult> MoveAsync(StageMoveInput move)
    {
        await using var scope = Database.Scope();
        return await scope.ServiceProvider.GetRequiredService<ProspectService>().ChangeStageAsync(ProspectId, move, null);
    }

    [Fact]
    public async Task Moving_to_won_without_an_amount_is_refused_and_nothing_changes()
    {
        using var _ = new CultureScope("en-GB");

        var result = await MoveAsync(new StageMoveInput { StageId = await StageAsync("Client"), SoldOn = "2026-11-20" });

        Assert.Equal("Moving to a won stage records the sale: enter its amount.", Assert.Single(result.Errors).ErrorMessage);
        await using var db = Database.NewContext();
        Assert.Equal("Follower", await db.Prospects.Select(p => p.Stage!.Name).SingleAsync());
        Assert.False(await db.Sales.AnyAsync());
    }

    [Fact]
    public async Task Moving_to_won_records_the_sale_as_the_conversion()
    {
        var result = await MoveAsync(new StageMoveInput { StageId = await StageAsync("Client"), SaleAmount = "1 800,00", SoldOn = "2026-11-20", SaleNote = "Website redesign" });

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        await using var db = Database.NewContext();
        var sale = await db.Sales.SingleAsync();
        Assert.Equal((1800m, new DateOnly(2026, 11, 20), "Website redesign"), (sale.Amount, DateOnly.FromDateTime(sale.SoldAt), sale.Note));
    }

    [Fact]
    public async Task A_sale_in_the_future_is_refused()
    {
        var result = await MoveAsync(new StageMoveInput { StageId = await StageAsync("Client"), SaleAmount = "100", SoldOn = "2026-12-25" });

        Assert.Equal(nameof(StageMoveInput.SoldOn), Assert.Single(result.Errors).PropertyName);
    }

    [Fact]
    public async Task Moving_to_lost_asks_for_a_reason_and_records_it()
    {
        var lost = await StageAsync("Lost");
        Assert.Equal(nameof(StageMoveInput.LossReasonId), Assert.Single((await MoveAsync(new StageMoveInput { StageId = lost })).Errors).PropertyName);

        await using var db = Database.NewContext();
        var reason = await db.LossReasons.FirstAsync(r => r.Name == "Too expensive");
        Assert.True((await MoveAsync(new StageMoveInput { StageId = lost, LossReasonId = reason.Id })).Succeeded);

        await using var check = Database.NewContext();
        Assert.Equal(reason.Id, (await check.StageChanges.OrderBy(c => c.Id).LastAsync()).LossReasonId);
    }

    [Fact]
    public async Task Further_sales_are_for_clients_only()
    {
        await using (var scope = Database.Scope())
        {
            var refused = await scope.ServiceProvider.GetRequiredService<SaleService>().RecordAsync(ProspectId, new SaleInput { Amount = "50", SoldOn = "2026-11-21" }, null);
            Assert.False(refused.Succeeded);
        }
        await MoveAsync(new StageMoveInput { StageId = await StageAsync("Client"), SaleAmount = "900", SoldOn = "2026-11-20" });

        await using var after = Database.Scope();
        var second = await after.ServiceProvider.GetRequiredService<SaleService>().RecordAsync(ProspectId, new SaleInput { Amount = "250", SoldOn = "2026-11-21", Note = "Refill" }, null);

        Assert.True(second.Succeeded);
        await using var db = Database.NewContext();
        Assert.Equal(1150m, (await db.Sales.ToListAsync()).Sum(s => s.Amount));
    }

    [Fact]
    public async Task A_new_prospect_cannot_start_as_won()
    {
        await using var scope = Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SocialKpi.Data.SocialKpiDbContext>();
        var input = await Builders.ValidProspectAsync(db, "Straight To Client");
        input.StageId = await StageAsync("Client");

        var result = await scope.ServiceProvider.GetRequiredService<ProspectService>().CreateAsync(input, null);

        Assert.Equal(nameof(ProspectInput.StageId), Assert.Single(result.Errors).PropertyName);
    }
}
