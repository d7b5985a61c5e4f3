using Microsoft.EntityFrameworkCore;
using SocialKpi.Data;

namespace SocialKpi.Prospects;

/// <summary>The prospects list: one filtered count and one page of projected rows, nothing tracked.</summary>
public sealed class ProspectSearch(SocialKpiDbContext db)
{
    /// <param name="knownTotal">
    /// The count of a page already shown with the same search and filters: paging or sorting does not
    /// change it, and counting 100,000 rows is most of a page's cost.
    /// </param>
    public async Task<ProspectPage> FindAsync(ProspectQuery query, int? knownTotal = null, CancellationToken cancellationToken = default)
    {
        var prospects = Filter(db.Prospects.AsNoTracking(), query);
        var total = knownTotal ?? await prospects.CountAsync(cancellationToken);
        var size = Math.Clamp(query.Size, 1, ProspectQuery.MaxPageSize);
        var pageCount = Math.Max(1, (total + size - 1) / size);
        var page = Math.Clamp(query.Page, 1, pageCount);

        var items = await Sort(prospects, query)
            .Skip((page - 1) * size)
            .Take(size)
            .Select(p => new ProspectListItem(
                p.Id,
                p.Name,
                p.Company,
                p.Email,
                p.Stage!.Name,
                p.SourceChannel!.Name,
                p.Ring,
                p.EstimatedValue,
                p.Owner == null ? null : p.Owner.DisplayName,
                p.CreatedAt,
                p.LastActivityAt,
                p.PersonaId == null || !db.PersonaCriteria.Any(c => c.PersonaId == p.PersonaId)
                    ? null
                    : (double)db.ProspectCriteria.Count(c => c.ProspectId == p.Id) / db.PersonaCriteria.Count(c => c.PersonaId == p.PersonaId)))
            .ToListAsync(cancellationToken);
        return new ProspectPage(items, total, page, size);
    }

    /// <summary>The prospects the search and filters keep, unordered: the list pages them, the CSV export streams them.</summary>
    internal IQueryable<Prospect> Matching(ProspectQuery query) => Filter(db.Prospects.AsNoTracking(), query);

    private IQueryable<Prospect> Filter(IQueryable<Prospect> prospects, ProspectQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var name = ContactNormalizer.ForSearch(query.Search);
            var contact = query.Search.Trim().TrimStart('@').ToLowerInvariant();
            prospects = prospects.Where(p =>
                p.NameNormalized.Contains(name)
                || (p.Email != null && p.Email.Contains(contact))
                || p.Handles.Any(h => h.Handle.Contains(contact)));
        }
        if (query.StageId is { } stageId)
            prospects = prospects.Where(p => p.StageId == stageId);
        if (query.SourceChannelId is { } channelId)
            prospects = prospects.Where(p => p.SourceChannelId == channelId);
        if (query.Ring is { } ring)
            prospects = prospects.Where(p => p.Ring == ring);
        if (!string.IsNullOrEmpty(query.OwnerId))
            prospects = prospects.Where(p => p.OwnerId == query.OwnerId);
        if (query.PersonaId is { } personaId)
            prospects = prospects.Where(p => p.PersonaId == personaId);
        if (query.Fit is { } fit)
        {
            // floor(100 × met / total) within [from, to], in whole numbers so SQL needs no division.
            var (from, to) = fit.Percents();
            prospects = prospects.Where(p => p.PersonaId != null
                && db.PersonaCriteria.Any(c => c.PersonaId == p.PersonaId)
                && 100 * db.ProspectCriteria.Count(c => c.ProspectId == p.Id) >= from * db.PersonaCriteria.Count(c => c.PersonaId == p.PersonaId)
                && 100 * db.ProspectCriteria.Count(c => c.ProspectId == p.Id) < (to + 1) * db.PersonaCriteria.Count(c => c.PersonaId == p.PersonaId));
        }
        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            // Tags are stored lower case (ProspectInput.TagList).
            var tag = query.Tag.Trim().ToLowerInvariant();
            prospects = prospects.Where(p => db.ProspectTags.Any(t => t.ProspectId == p.Id && t.Name == tag));
        }
        return prospects;
    }

    // Prospects without a checklist are sorted apart already; the guard keeps PostgreSQL, which
    // evaluates the ratio for them too, from dividing by zero (SQLite answers null).
    private System.Linq.Expressions.Expression<Func<Prospect, double>> FitRatio => p =>
        db.PersonaCriteria.Count(c => c.PersonaId == p.PersonaId) == 0
            ? 0
            : (double)db.ProspectCriteria.Count(c => c.ProspectId == p.Id) / db.PersonaCriteria.Count(c => c.PersonaId == p.PersonaId);

    // Every order ends on Id so that paging is stable when values tie.
    private IQueryable<Prospect> Sort(IQueryable<Prospect> prospects, ProspectQuery query) => (query.Sort, query.Descending) switch
    {
        // Fit: criteria met over the persona's criteria; prospects without a checklist come last either way.
        (ProspectSort.Fit, false) => prospects
            .OrderBy(p => p.PersonaId == null || !db.PersonaCriteria.Any(c => c.PersonaId == p.PersonaId))
            .ThenBy(FitRatio)
            .ThenBy(p => p.Id),
        (ProspectSort.Fit, true) => prospects
            .OrderBy(p => p.PersonaId == null || !db.PersonaCriteria.Any(c => c.PersonaId == p.PersonaId))
            .ThenByDescending(FitRatio)
            .ThenByDescending(p => p.Id),
        (ProspectSort.Name, false) => prospects.OrderBy(p => p.NameNormalized).ThenBy(p => p.Id),
        (ProspectSort.Name, true) => prospects.OrderByDescending(p => p.NameNormalized).ThenByDescending(p => p.Id),
        (ProspectSort.Created, false) => prospects.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id),
        (ProspectSort.Created, true) => prospects.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id),
        (ProspectSort.Value, false) => prospects.OrderBy(p => p.EstimatedValue).ThenBy(p => p.Id),
        (ProspectSort.Value, true) => prospects.OrderByDescending(p => p.EstimatedValue).ThenByDescending(p => p.Id),
        (ProspectSort.Stage, false) => prospects.OrderBy(p => p.Stage!.Position).ThenBy(p => p.Id),
        (ProspectSort.Stage, true) => prospects.OrderByDescending(p => p.Stage!.Position).ThenByDescending(p => p.Id),
        (_, false) => prospects.OrderByDescending(p => p.LastActivityAt).ThenByDescending(p => p.Id),
        (_, true) => prospects.OrderBy(p => p.LastActivityAt).ThenBy(p => p.Id),
    };
}
