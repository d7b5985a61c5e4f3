namespace SocialKpi.Common;

/// <summary>Days as the workspace sees them: in its local time zone (the clock's), stored in UTC.</summary>
public static class ClockExtensions
{
    public static DateTime LocalNow(this TimeProvider clock) =>
        TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, clock.LocalTimeZone);

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.LocalNow());

    /// <summary>Midday of a local day, in UTC: a date-only event (a sale) sorts within its day whatever the zone.</summary>
    public static DateTime NoonOfLocalDayUtc(this TimeProvider clock, DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(12, 0)), clock.LocalTimeZone);

    /// <summary>The UTC instant a local day starts; where midnight does not exist (a DST jump), the first hour that does.</summary>
    public static DateTime StartOfLocalDayUtc(this TimeProvider clock, DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        while (clock.LocalTimeZone.IsInvalidTime(midnight))
            midnight = midnight.AddMinutes(30);
        return TimeZoneInfo.ConvertTimeToUtc(midnight, clock.LocalTimeZone);
    }

    public static DateOnly LocalDate(this TimeProvider clock, DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, clock.LocalTimeZone));
}
