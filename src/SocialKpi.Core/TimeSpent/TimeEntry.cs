using SocialKpi.Channels;

namespace SocialKpi.TimeSpent;

/// <summary>Minutes spent on a channel besides conversations: posting, replying to comments, a door-to-door round.</summary>
public sealed class TimeEntry
{
    public int Id { get; set; }
    public int ChannelId { get; set; }
    public Channel? Channel { get; set; }

    /// <summary>The local day the time was spent.</summary>
    public DateOnly Date { get; set; }

    public int Minutes { get; set; }
    public string? Note { get; set; }
    public string? CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
}
