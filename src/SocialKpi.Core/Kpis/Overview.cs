using Microsoft.EntityFrameworkCore;
using SocialKpi.Channels;
using SocialKpi.Data;
using SocialKpi.Pipeline;

namespace SocialKpi.Kpis;

public sealed record OverviewFigures(int Prospects, int NewLast30Days, int Clients)
{
    /// <summary>Clients / prospects: the one rate that says whether followers turn into revenue.</summary>
    public double? ConversionRate => Prospects == 0 ? null : (double)Clients / Prospects;
}

public sealed record ChannelConversion(int ChannelId, string Channel, ChannelKind Kind, int Prospects, int Clients)
{
    public double? ConversionRate => Prospects == 0 ? null : (double)Clients / Prospects;
}

/// <summary>The dashboard's and the first report's figures, each one aggregate query.</summary>
public sealed class Overview(SocialKpiDbContext db, TimeProvider clock)
{
    public async Task<OverviewFigures> FiguresAsync(CancellationToken cancellationToken = default)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-30);
        var figures = await db.Prospects.AsNoTracking()
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Total = g.Count(),
                New = g.Count(p => p.CreatedAt >= since),
                Won = g.Count(p => p.Stage!.Outcome == StageOutcome.Won),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return figures is null ? new OverviewFigures(0, 0, 0) : new OverviewFigures(figures.Total, figures.New, figures.Won);
    }

    /// <summary>
    /// Prospects acquired through each source channel and how many became clients, for prospects
    /// created in [from, to) (product.md: conversion rate of a channel, by creation date).
    /// </summary>
    public async Task<IReadOnlyList<ChannelConversion>> ConversionBySourceAsync(DateTime? from, DateTime? to, CancellationToken cancellationToken = default)
    {
        var prospects = db.Prospects.AsNoTracking();
        if (from is { } start)
            prospects = prospects.Where(p => p.CreatedAt >= start);
        if (to is { } end)
            prospects = prospects.Where(p => p.CreatedAt < end);
        var counts = await prospects
            .GroupBy(p => p.SourceChannelId)
            .Select(g => new { ChannelId = g.Key, Count = g.Count(), Won = g.Count(p => p.Stage!.Outcome == StageOutcome.Won) })
            .ToDictionaryAsync(c => c.ChannelId, cancellationToken);
        var channels = await db.Channels.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        return channels
            .Select(c => counts.TryGetValue(c.Id, out var n)
                ? new ChannelConversion(c.Id, c.Name, c.Kind, n.Count, n.Won)
                : new ChannelConversion(c.Id, c.Name, c.Kind, 0, 0))
            .Where(c => c.Prospects > 0 || !channels.First(x => x.Id == c.ChannelId).IsArchived)
            .OrderByDescending(c => c.ConversionRate ?? -1)
            .ThenByDescending(c => c.Prospects)
            .ToList();
    }
}
