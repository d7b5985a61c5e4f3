using Microsoft.Extensions.Time.Testing;

namespace SocialKpi.Web.Tests;

public static class TestClock
{
    /// <summary>Sunday 22 November 2026, 10:00 in Paris: tests see the day boundaries a French user sees.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create()
    {
        var clock = new FakeTimeProvider(Now);
        clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        return clock;
    }
}
