using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Activities;
using SocialKpi.Data;
using SocialKpi.Prospects;

namespace SocialKpi.Tests;

/// <summary>Valid inputs to start from; a test changes only what it is about.</summary>
public static class Builders
{
    /// <summary>A prospect saved through the service, with its id.</summary>
    public static async Task<int> ProspectAsync(TestDatabase database, string name = "Hélène Léger")
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
        var result = await scope.ServiceProvider.GetRequiredService<ProspectService>().CreateAsync(await ValidProspectAsync(db, name), null);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Id!.Value;
    }

    /// <summary>A quick-log entry that passes every rule: an inbound DM on Instagram, an hour ago.</summary>
    public static ActivityInput Dm(TestDatabase database, string summary = "Asked for prices") => new()
    {
        Kind = ActivityKind.Dm,
        Direction = Direction.Inbound,
        ChannelId = 1,
        OccurredAt = Local(database, database.Clock.Now.AddHours(-1)),
        DurationMinutes = "5",
        Summary = summary,
    };

    /// <summary>A UTC instant as the form's datetime-local field would show it.</summary>
    public static string Local(TestDatabase database, DateTimeOffset utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc.UtcDateTime, database.Clock.LocalTimeZone).ToString(ActivityInput.TimeFormat, System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<ProspectInput> ValidProspectAsync(SocialKpiDbContext db, string name = "Hélène Léger")
    {
        var instagram = await db.Channels.SingleAsync(c => c.Name == "Instagram");
        var follower = await db.Stages.OrderBy(s => s.Position).FirstAsync();
        return new ProspectInput
        {
            Name = name,
            Email = "helene@boulangerie-leger.fr",
            Phone = "06 12 34 56 78",
            SourceChannelId = instagram.Id,
            StageId = follower.Id,
            Ring = PerimeterRing.Street,
            EstimatedValue = "1 200",
            Tags = "boulangerie, voisin",
            Handles = [new HandleInput { ChannelId = instagram.Id, Handle = "@Boulangerie.Leger" }],
        };
    }
}
