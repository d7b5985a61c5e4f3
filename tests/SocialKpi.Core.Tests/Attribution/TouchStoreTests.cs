using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Attribution;

namespace SocialKpi.Tests.Attribution;

public sealed class TouchStoreTests
{
    /// <summary>The real reads, except that the touch read fails after its first row, as a dropped connection would.</summary>
    private sealed class FailingTouches(IAttributionRows rows) : IAttributionRows
    {
        public Dictionary<int, string> Channels() => rows.Channels();
        public int? LookbackDays() => rows.LookbackDays();
        public Dictionary<int, ProspectRow> Prospects(IReadOnlyCollection<int>? ids) => rows.Prospects(ids);
        public Dictionary<int, SaleRow> FirstSales(IReadOnlyCollection<int>? ids) => rows.FirstSales(ids);
        public Dictionary<int, long> TimeEntryMinutes(DateOnly from, DateOnly to) => rows.TimeEntryMinutes(from, to);

        public IEnumerable<TouchRow> Touches(IReadOnlyCollection<int>? ids)
        {
            yield return rows.Touches(ids).First();
            throw new InvalidOperationException("The connection was lost.");
        }
    }

    [Fact]
    public async Task A_read_that_fails_half_way_is_done_again_by_the_next_report()
    {
        await using var database = await TestDatabase.CreateAsync();
        var prospect = await Builders.ProspectAsync(database);
        await LogAsync(database, prospect);
        await using var connection = await database.OpenConnectionAsync();
        var rows = IAttributionRows.For(connection);
        TouchStore.Forget(connection);
        var store = TouchStore.For(connection);
        store.Sync(rows, connection);
        var position = store.Seq;

        await LogAsync(database, prospect);
        Assert.Throws<InvalidOperationException>(() => store.Sync(new FailingTouches(rows), connection));
        Assert.Equal(position, store.Seq);

        store.Sync(rows, connection);
        Assert.True(store.Seq > position);
        Assert.Equal(2, store[prospect].Touches.Length);
    }

    private static async Task LogAsync(TestDatabase database, int prospect)
    {
        await using var scope = database.Scope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<SocialKpi.Activities.ActivityService>().LogAsync(prospect, Builders.Dm(database), null)).Succeeded);
    }
}
