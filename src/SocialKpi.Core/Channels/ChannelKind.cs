namespace SocialKpi.Channels;

public enum ChannelKind
{
    Social,
    Local,
    Referral,
    /// <summary>The user's own media: website, newsletter.</summary>
    Owned,
    /// <summary>Phone, e-mail.</summary>
    Direct,
}
