namespace SocialKpi.Objectives;

/// <summary>A run of local days, end exclusive.</summary>
public readonly record struct DayRange(DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber;
}

public static class ObjectivePeriods
{
    /// <summary>The calendar period containing <paramref name="day"/>: weeks start on Monday (as in France), quarters in January, April, July, October.</summary>
    public static DayRange Containing(this ObjectivePeriod period, DateOnly day)
    {
        switch (period)
        {
            case ObjectivePeriod.Week:
                var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
                return new(monday, monday.AddDays(7));
            case ObjectivePeriod.Month:
                var first = new DateOnly(day.Year, day.Month, 1);
                return new(first, first.AddMonths(1));
            case ObjectivePeriod.Quarter:
                var quarter = new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1);
                return new(quarter, quarter.AddMonths(3));
            default:
                var year = new DateOnly(day.Year, 1, 1);
                return new(year, year.AddYears(1));
        }
    }

    /// <summary>The period just before the one containing <paramref name="day"/>.</summary>
    public static DayRange Previous(this ObjectivePeriod period, DateOnly day) =>
        period.Containing(period.Containing(day).From.AddDays(-1));
}
