using Microsoft.EntityFrameworkCore;
using SocialKpi.Channels;
using SocialKpi.Personas;
using SocialKpi.Pipeline;

namespace SocialKpi.Data;

public sealed record Option(string Value, string Label);

/// <summary>The small lists every form and filter offers: channels, stages, personas, owners.</summary>
public sealed class Catalogue(SocialKpiDbContext db)
{
    public async Task<IReadOnlyList<Channel>> ChannelsAsync(bool includeArchived = false, CancellationToken cancellationToken = default) =>
        await db.Channels.AsNoTracking().Where(c => includeArchived || !c.IsArchived).OrderBy(c => c.Name).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Stage>> StagesAsync(CancellationToken cancellationToken = default) =>
        await db.Stages.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<LossReason>> LossReasonsAsync(CancellationToken cancellationToken = default) =>
        await db.LossReasons.AsNoTracking().Where(r => !r.IsArchived).OrderBy(r => r.Name).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Persona>> PersonasAsync(CancellationToken cancellationToken = default) =>
        await db.Personas.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Option>> OwnersAsync(CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).Select(u => new Option(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
}
