using SocialKpi.Channels;

namespace SocialKpi.Prospects;

/// <summary>A prospect's handle on one social network, stored normalised (lower case, no leading @).</summary>
public class ProspectHandle
{
    public int Id { get; set; }
    public int ProspectId { get; set; }
    public int ChannelId { get; set; }
    public Channel? Channel { get; set; }
    public required string Handle { get; set; }
}
