namespace SocialKpi.Channels;

/// <summary>A catalogue entry: where a prospect was met or touched (Instagram, door-to-door…).</summary>
public class Channel
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public ChannelKind Kind { get; set; }

    /// <summary>Archived channels stay on old prospects and reports but are not offered in forms.</summary>
    public bool IsArchived { get; set; }
}
