using System.Globalization;

namespace SocialKpi.Activities;

/// <summary>
/// The quick-log form as typed. Times and numbers stay text until validated, so that a typo gets a
/// clear message in the user's language instead of a binding error.
/// </summary>
public sealed class ActivityInput
{
    public const string TimeFormat = "yyyy-MM-ddTHH:mm";
    public const string DateFormat = "yyyy-MM-dd";

    public ActivityKind? Kind { get; set; }
    public Direction Direction { get; set; } = Direction.Outbound;
    public int? ChannelId { get; set; }

    /// <summary>Local time as a datetime-local input sends it: 2026-11-22T14:30.</summary>
    public string? OccurredAt { get; set; }

    public string? DurationMinutes { get; set; }
    public string? Summary { get; set; }
    public string? NextStep { get; set; }

    /// <summary>As a date input sends it: 2026-11-23.</summary>
    public string? NextStepDue { get; set; }

    public static bool TryParseTime(string? text, out DateTime local) =>
        DateTime.TryParseExact(text?.Trim(), [TimeFormat, "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out local)
        && Common.Days.IsPlausible(local);

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        && Common.Days.IsPlausible(date);

    public static bool TryParseDuration(string? text, out int minutes)
    {
        minutes = 0;
        return string.IsNullOrWhiteSpace(text) || int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out minutes);
    }

    public static ActivityInput From(Activity activity, TimeZoneInfo zone) => new()
    {
        Kind = activity.Kind,
        Direction = activity.Direction,
        ChannelId = activity.ChannelId,
        OccurredAt = TimeZoneInfo.ConvertTimeFromUtc(activity.OccurredAt, zone).ToString(TimeFormat, CultureInfo.InvariantCulture),
        DurationMinutes = activity.DurationMinutes.ToString(CultureInfo.InvariantCulture),
        Summary = activity.Summary,
        NextStep = activity.NextStep,
        NextStepDue = activity.NextStepDue?.ToString(DateFormat, CultureInfo.InvariantCulture),
    };
}
