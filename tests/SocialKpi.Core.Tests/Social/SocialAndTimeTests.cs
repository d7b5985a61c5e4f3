using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Importing;
using SocialKpi.Social;
using SocialKpi.TimeSpent;

namespace SocialKpi.Tests.Social;

public sealed class SocialAndTimeTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task<int> ChannelAsync(string name)
    {
        await using var db = database.NewContext();
        return await db.Channels.Where(c => c.Name == name).Select(c => c.Id).SingleAsync();
    }

    [Fact]
    public async Task A_snapshot_of_the_same_day_replaces_the_first_and_unknown_figures_stay_unknown()
    {
        using var _ = new CultureScope("en-GB");
        await using var scope = database.Scope();
        var accounts = scope.ServiceProvider.GetRequiredService<SocialAccounts>();
        var account = (await accounts.AddAccountAsync(await ChannelAsync("Instagram"), "@Atelier.Lea")).Id!.Value;

        var duplicate = await accounts.AddAccountAsync(await ChannelAsync("Instagram"), "atelier.lea");
        var first = await accounts.RecordSnapshotAsync(account, new SnapshotInput { Date = "2026-11-20", Followers = "1 200", Likes = "30" });
        var again = await accounts.RecordSnapshotAsync(account, new SnapshotInput { Date = "2026-11-20", Followers = "1250", Likes = "40", Comments = "10", Reach = "2000" });
        var future = await accounts.RecordSnapshotAsync(account, new SnapshotInput { Date = "2026-11-23", Followers = "1300" });
        var bad = await accounts.RecordSnapshotAsync(account, new SnapshotInput { Date = "2026-11-21", Followers = "", Likes = "beaucoup" });

        Assert.Equal("The account atelier.lea already exists on this channel.", Assert.Single(duplicate.Errors).ErrorMessage);
        Assert.True(first.Succeeded && again.Succeeded);
        Assert.Equal("These figures cannot be from the future.", Assert.Single(future.Errors).ErrorMessage);
        Assert.Equal(
            [("Followers", "Enter the number of followers."), ("Likes", "Enter a whole number, such as 1250, or leave it empty if unknown.")],
            bad.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
        var snapshot = Assert.Single(await accounts.SnapshotsAsync(account));
        Assert.Equal((1250, 50, (int?)null), (snapshot.Followers, snapshot.Interactions, snapshot.Shares));
        Assert.Equal(0.04, snapshot.EngagementRate);
        Assert.Equal(0.025, snapshot.EngagementRateByReach);
        Assert.Equal("atelier.lea", Assert.Single(await accounts.ListAsync()).Handle);
    }

    [Fact]
    public async Task Time_is_entered_by_hand_or_by_the_timer_and_refused_when_implausible()
    {
        using var _ = new CultureScope("fr-FR");
        await using var scope = database.Scope();
        var entries = scope.ServiceProvider.GetRequiredService<TimeEntries>();
        var doors = await ChannelAsync("Door-to-door");

        var typed = await entries.AddAsync(new TimeEntryInput { ChannelId = doors, Date = "2026-11-21", Minutes = "90", Note = "Rue des Lilas" });
        var timed = await entries.AddTimedAsync(doors, database.Clock.GetUtcNow().AddMinutes(-25).AddSeconds(-10), "Tournée");
        var tooLong = await entries.AddAsync(new TimeEntryInput { ChannelId = doors, Date = "2026-11-21", Minutes = "2000" });
        var tomorrow = await entries.AddAsync(new TimeEntryInput { ChannelId = doors, Date = "2026-11-23", Minutes = "10" });

        Assert.True(typed.Succeeded && timed.Succeeded);
        Assert.Equal("Saisissez des minutes entières, de 1 à 1440.", Assert.Single(tooLong.Errors).ErrorMessage);
        Assert.Equal("Le temps ne peut pas être passé dans le futur.", Assert.Single(tomorrow.Errors).ErrorMessage);
        var listed = await entries.ListAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1));
        Assert.Equal([("Tournée", 26), ("Rue des Lilas", 90)], listed.Select(e => (e.Note!, e.Minutes)));
    }

    [Fact]
    public async Task Importing_snapshots_again_updates_them_and_a_bad_cell_writes_nothing()
    {
        using var _ = new CultureScope("en-GB");
        await using var db = database.NewContext();
        var importer = new SocialImporter(db, database.Clock);
        const string Header = "channel,handle,date,followers,reach,impressions,likes,comments,shares,saves,mentions,profile_visits,link_clicks\n";

        var first = await importer.SnapshotsAsync(new StringReader(Header + "Instagram,@atelier,2026-11-01,1000,,,20,,,,,,\nMastodon,@atelier,2026-11-01,80,,,,,,,,,\n"), new ImportOptions { CreateChannels = true });
        var again = await importer.SnapshotsAsync(new StringReader(Header + "Instagram,@atelier,2026-11-01,1010,,,25,,,,,,\n"), new ImportOptions());
        var bad = await importer.SnapshotsAsync(new StringReader(Header + "Instagram,@atelier,2026-11-02,1020,,,,,,,,,\nInstagram,@atelier,2026-11-03,lots,,,,,,,,,\n"), new ImportOptions());
        var twice = await importer.SnapshotsAsync(new StringReader(Header + "Instagram,@atelier,2026-11-04,1,,,,,,,,,\nInstagram,atelier,2026-11-04,2,,,,,,,,,\n"), new ImportOptions());

        Assert.True(first.Written && again.Written);
        Assert.Equal([(3, "followers")], bad.Errors.Select(e => (e.Line, e.Column)));
        Assert.Equal([(3, "date")], twice.Errors.Select(e => (e.Line, e.Column)));
        var snapshots = await db.SocialSnapshots.AsNoTracking().OrderBy(s => s.AccountId).ToListAsync();
        Assert.Equal([(1010, (int?)25), (80, null)], snapshots.Select(s => (s.Followers, s.Likes)));
        Assert.True(await db.Channels.AnyAsync(c => c.Name == "Mastodon"));
    }

    [Fact]
    public async Task Importing_time_lists_each_bad_row_and_writes_nothing_until_all_are_right()
    {
        using var _ = new CultureScope("en-GB");
        await using var db = database.NewContext();
        var importer = new SocialImporter(db, database.Clock);

        var bad = await importer.TimeAsync(new StringReader("channel,date,minutes,note\nInstagram,2026-11-20,45,Posts\nPigeon,2026-11-20,30,\nInstagram,20/11/2026,0,\n"), new ImportOptions());
        var good = await importer.TimeAsync(new StringReader("channel,date,minutes,note\nInstagram,2026-11-20,45,Posts\nDoor-to-door,2026-11-21,120,\n"), new ImportOptions());

        Assert.Equal([(3, "channel"), (4, "date"), (4, "minutes")], bad.Errors.Select(e => (e.Line, e.Column)));
        Assert.True(good.Written);
        Assert.Equal(165, await db.TimeEntries.SumAsync(t => t.Minutes));
    }

    [Fact]
    public async Task The_hourly_rate_is_the_owner_s_and_is_an_amount()
    {
        await using var scope = database.Scope();
        var rate = scope.ServiceProvider.GetRequiredService<HourlyRate>();

        Assert.False((await rate.SetAsync("quarante")).Succeeded);
        Assert.True((await rate.SetAsync("37,50")).Succeeded);

        Assert.Equal(37.50m, await rate.GetAsync());
    }
}
