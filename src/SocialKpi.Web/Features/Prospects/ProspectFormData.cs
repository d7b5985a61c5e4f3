using SocialKpi.Channels;
using SocialKpi.Data;
using SocialKpi.Personas;
using SocialKpi.Pipeline;
using SocialKpi.Prospects;

namespace SocialKpi.Web.Features.Prospects;

/// <summary>The lists a prospect form or a filter bar offers, loaded once per page.</summary>
public sealed record ProspectFormData(IReadOnlyList<Channel> Channels, IReadOnlyList<Stage> Stages, IReadOnlyList<Option> Owners, IReadOnlyList<Persona> Personas)
{
    /// <param name="includeArchivedChannels">Filters offer archived channels too: old prospects still came from them.</param>
    public static async Task<ProspectFormData> LoadAsync(Catalogue catalogue, bool includeArchivedChannels = false) =>
        new(await catalogue.ChannelsAsync(includeArchivedChannels), await catalogue.StagesAsync(), await catalogue.OwnersAsync(), await catalogue.PersonasAsync());

    public string ChannelName(int channelId) => Channels.FirstOrDefault(c => c.Id == channelId)?.Name ?? "?";

    /// <summary>One handle field per social channel, in catalogue order, keeping what was typed.</summary>
    public void AddHandleFields(ProspectInput input)
    {
        var typed = input.Handles.ToDictionary(h => h.ChannelId, h => h.Handle);
        input.Handles = Channels.Where(c => c.Kind == ChannelKind.Social)
            .Select(c => new HandleInput { ChannelId = c.Id, Handle = typed.GetValueOrDefault(c.Id) })
            .Concat(input.Handles.Where(h => Channels.All(c => c.Id != h.ChannelId || c.Kind != ChannelKind.Social)))
            .ToList();
    }
}
