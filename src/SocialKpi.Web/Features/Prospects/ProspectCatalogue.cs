using SocialKpi.Channels;
using SocialKpi.Data;
using SocialKpi.Personas;
using SocialKpi.Pipeline;

namespace SocialKpi.Web.Features.Prospects;

/// <summary>What the list's filters offer: stages, channels (archived ones too), owners, personas.</summary>
public sealed record ProspectCatalogue(IReadOnlyList<Stage> Stages, IReadOnlyList<Channel> Channels, IReadOnlyList<Option> Owners, IReadOnlyList<Persona> Personas)
{
    public static async Task<ProspectCatalogue> LoadAsync(Catalogue catalogue) =>
        new(await catalogue.StagesAsync(), await catalogue.ChannelsAsync(includeArchived: true), await catalogue.OwnersAsync(), await catalogue.PersonasAsync());
}
