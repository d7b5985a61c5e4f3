using Microsoft.EntityFrameworkCore;
using SocialKpi.Activities;
using SocialKpi.Data;
using SocialKpi.Pipeline;
using SocialKpi.Prospects;

namespace SocialKpi.Web.Tests;

/// <summary>Valid inputs to start from, saved through the real services; a test changes only what it is about.</summary>
public static class Builders
{
    public static async Task<ProspectInput> ProspectInputAsync(SocialKpiDbContext db, string name, string? ownerId = null, string channel = "Instagram")
    {
        var source = await db.Channels.SingleAsync(c => c.Name == channel);
        var first = await db.Stages.OrderBy(s => s.Position).FirstAsync();
        return new ProspectInput
        {
            Name = name,
            SourceChannelId = source.Id,
            StageId = first.Id,
            Ring = PerimeterRing.Street,
            EstimatedValue = "1 200",
            OwnerId = ownerId,
        };
    }

    /// <summary>A UTC instant as the form's datetime-local field shows it, in the clock's zone.</summary>
    public static string Local(TimeProvider clock, DateTimeOffset utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc.UtcDateTime, clock.LocalTimeZone).ToString(ActivityInput.TimeFormat, System.Globalization.CultureInfo.InvariantCulture);

    public static StageMoveInput Won(int stageId, int version, string amount = "800", string soldOn = "2026-11-22") =>
        new() { StageId = stageId, Version = version, SaleAmount = amount, SoldOn = soldOn };
}
