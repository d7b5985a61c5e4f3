using System.Text;
using SocialKpi.Importing;
using SocialKpi.Kpis;
using SocialKpi.Prospects;

namespace SocialKpi.Tests.Kpis;

public sealed class RingsReportTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    /// <summary>Prospects of a ring: the first <paramref name="contacted"/> got an outbound call, the first <paramref name="clients"/> bought.</summary>
    private async Task AddRingAsync(string ring, int count, int contacted, int clients, string prefix)
    {
        await using var db = database.NewContext();
        var importer = new HistoryImporter(db, database.Clock);
        var prospects = new StringBuilder("ref,name,source_channel,created_at,ring\n");
        var activities = new StringBuilder("prospect_ref,occurred_at,channel,kind,direction,duration_minutes\n");
        var sales = new StringBuilder("prospect_ref,sold_at,amount\n");
        for (var i = 1; i <= count; i++)
        {
            prospects.Append($"{prefix}{i},Voisin {prefix}{i},Door-to-door,2026-06-01,{ring}\n");
            if (i <= contacted)
                activities.Append($"{prefix}{i},2026-06-{1 + i % 28:00}T10:00,Door-to-door,visit,outbound,15\n");
            if (i <= clients)
                sales.Append($"{prefix}{i},2026-07-01,200\n");
        }
        Assert.True((await importer.ProspectsAsync(new StringReader(prospects.ToString()), new ImportOptions())).Succeeded);
        if (contacted > 0)
            Assert.True((await importer.ActivitiesAsync(new StringReader(activities.ToString()), new ImportOptions())).Succeeded);
        if (clients > 0)
            Assert.True((await importer.SalesAsync(new StringReader(sales.ToString()), new ImportOptions())).Succeeded);
    }

    private async Task<RingsReportResult> RunAsync()
    {
        await using var db = database.NewContext();
        return await new RingsReport(db).RunAsync();
    }

    [Fact]
    public async Task Each_ring_shows_its_prospects_contacted_share_conversion_hours_and_revenue()
    {
        await AddRingAsync("street", count: 4, contacted: 2, clients: 1, prefix: "S");
        await AddRingAsync("neighbourhood", count: 2, contacted: 1, clients: 0, prefix: "N");
        await using (var db = database.NewContext())
            await new HistoryImporter(db, database.Clock).ActivitiesAsync(new StringReader("prospect_ref,occurred_at,channel,kind,direction,duration_minutes\nS3,2026-06-10T10:00,Instagram,dm,inbound,30\n"), new ImportOptions());

        var report = await RunAsync();

        var street = report.Rings.Single(r => r.Ring == PerimeterRing.Street);
        Assert.Equal((4, 2, 1, 0.5, 0.25), (street.Prospects, street.Contacted, street.Clients, street.ContactedShare, street.ConversionRate));
        Assert.Equal((1.0, 200m, 200m), (street.Hours, street.Revenue, street.RevenuePerHour)); // 15 + 15 + 30 minutes (an inbound DM is time, not a contact)
        Assert.Equal((0, (double?)null), (report.Rings.Single(r => r.Ring == PerimeterRing.Building).Prospects, report.Rings.Single(r => r.Ring == PerimeterRing.Building).ContactedShare));
        Assert.Equal(Enum.GetValues<PerimeterRing>().Length, report.Rings.Count);
        Assert.Null(report.Advice); // the street is half contacted, and two contacts say little yet
    }

    [Fact]
    public async Task A_mostly_contacted_ring_suggests_the_next_one_out()
    {
        await AddRingAsync("street", count: 5, contacted: 4, clients: 2, prefix: "S");
        await AddRingAsync("neighbourhood", count: 10, contacted: 0, clients: 0, prefix: "N");

        var advice = (await RunAsync()).Advice!;

        Assert.Equal((PerimeterRing.Street, PerimeterRing.Neighbourhood, 0.8), (advice.Ring, advice.Next, advice.ContactedShare));
    }

    [Fact]
    public async Task Twenty_contacts_without_a_client_suggest_the_next_ring_even_when_much_is_left()
    {
        await AddRingAsync("building", count: 30, contacted: 20, clients: 0, prefix: "B");

        var advice = (await RunAsync()).Advice!;

        Assert.Equal((PerimeterRing.Building, PerimeterRing.Street, 20, 0), (advice.Ring, advice.Next, advice.RecentContacts, advice.RecentClients));
        Assert.True(advice.ContactedShare < RingsReport.MostlyContacted);
    }

    [Fact]
    public async Task An_exhausted_inner_ring_is_skipped_for_the_first_with_prospects_left()
    {
        await AddRingAsync("building", count: 3, contacted: 3, clients: 1, prefix: "B");
        await AddRingAsync("street", count: 10, contacted: 9, clients: 1, prefix: "S");

        var advice = (await RunAsync()).Advice!;

        Assert.Equal((PerimeterRing.Street, PerimeterRing.Neighbourhood), (advice.Ring, advice.Next));
    }
}
