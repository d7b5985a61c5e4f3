using SocialKpi.Channels;

namespace SocialKpi.Social;

/// <summary>One of the workspace's own accounts on a channel (its Instagram page, its LinkedIn profile), with dated snapshots.</summary>
public sealed class SocialAccount
{
    public int Id { get; set; }
    public int ChannelId { get; set; }
    public Channel? Channel { get; set; }

    /// <summary>Without "@", as <see cref="Prospects.ContactNormalizer.Handle"/> writes handles.</summary>
    public string Handle { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public List<SocialSnapshot> Snapshots { get; set; } = [];
}
