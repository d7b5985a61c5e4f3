namespace SocialKpi.Channels;

/// <summary>The catalogue a new workspace starts with; users rename, archive or add to it.</summary>
public static class DefaultChannels
{
    public static readonly IReadOnlyList<(string Name, ChannelKind Kind)> All =
    [
        ("Instagram", ChannelKind.Social),
        ("Facebook", ChannelKind.Social),
        ("LinkedIn", ChannelKind.Social),
        ("X", ChannelKind.Social),
        ("TikTok", ChannelKind.Social),
        ("YouTube", ChannelKind.Social),
        ("Website", ChannelKind.Owned),
        ("Newsletter", ChannelKind.Owned),
        ("Referral", ChannelKind.Referral),
        ("Door-to-door", ChannelKind.Local),
        ("Local event", ChannelKind.Local),
        ("Shop walk-in", ChannelKind.Local),
        ("Phone", ChannelKind.Direct),
        ("E-mail", ChannelKind.Direct),
    ];
}
