using SocialKpi.Common;

namespace SocialKpi.Channels;

/// <summary>The catalogue a new workspace starts with, named in its language; users rename, archive or add to it.</summary>
public static class DefaultChannels
{
    public static readonly IReadOnlyList<(string English, string French, ChannelKind Kind)> All =
    [
        ("Instagram", "Instagram", ChannelKind.Social),
        ("Facebook", "Facebook", ChannelKind.Social),
        ("LinkedIn", "LinkedIn", ChannelKind.Social),
        ("X", "X", ChannelKind.Social),
        ("TikTok", "TikTok", ChannelKind.Social),
        ("YouTube", "YouTube", ChannelKind.Social),
        ("Website", "Site web", ChannelKind.Owned),
        ("Newsletter", "Newsletter", ChannelKind.Owned),
        ("Referral", "Recommandation", ChannelKind.Referral),
        ("Door-to-door", "Porte-à-porte", ChannelKind.Local),
        ("Local event", "Événement local", ChannelKind.Local),
        ("Shop walk-in", "Passage en boutique", ChannelKind.Local),
        ("Phone", "Téléphone", ChannelKind.Direct),
        ("E-mail", "E-mail", ChannelKind.Direct),
    ];

    /// <summary>Whether a channel still bears the default door-to-door name, in either language, so a round offers it first.</summary>
    public static bool IsDoorToDoor(string name) =>
        CatalogueName.Key(name) == CatalogueName.Key("Door-to-door") || CatalogueName.Key(name) == CatalogueName.Key("Porte-à-porte");
}
