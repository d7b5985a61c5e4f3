using Microsoft.EntityFrameworkCore;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Prospects;

namespace SocialKpi.Pipeline;

/// <summary>What the board shows; every field is in its URL, so a view can be bookmarked and shared.</summary>
public sealed record BoardFilter
{
    public int? SourceChannelId { get; init; }
    public PerimeterRing? Ring { get; init; }
    public int? PersonaId { get; init; }
    public string? OwnerId { get; init; }
    public string? Tag { get; init; }
    public string? Text { get; init; }
}

public sealed record BoardCard(
    int Id,
    int StageId,
    int Version,
    string Name,
    string? Company,
    string SourceChannel,
    PerimeterRing Ring,
    decimal? EstimatedValue,
    DateTime StageChangedAt,
    string? NextStep,
    DateOnly? NextStepDue,
    string? OwnerName,
    decimal? Sold,
    double? Fit = null,
    string? OwnerId = null)
{
    /// <summary>What the card is worth: what a client paid, else the estimate.</summary>
    public decimal? Value => Sold ?? EstimatedValue;

    /// <summary>The prospect's, whatever else changed (equal cards still have equal hashes).</summary>
    /// <remarks>
    /// The board's drop zones key each card's component by its hash. Keyed by every field, a card
    /// refreshed after a teammate's log became a new component, and a click on its "Move to…" that
    /// was on its way meanwhile went to the disposed one and was lost; keyed by the prospect, the
    /// component stays and the click reaches the card as it now is.
    /// </remarks>
    public override int GetHashCode() => Id;
}

/// <param name="Value">Estimated values; for the won stage, what its clients paid.</param>
public sealed record StageTotals(int StageId, string Name, StageOutcome Outcome, int WinProbability, int Prospects, decimal Value)
{
    /// <summary>Value × the stage's chance of winning.</summary>
    public decimal WeightedValue => Value * WinProbability / 100m;
}

public sealed record BoardColumn(Stage Stage, StageTotals Totals, IReadOnlyList<BoardCard> Cards);

/// <summary>
/// The pipeline board: per stage, header figures from one aggregate query and the first cards from
/// an indexed read, so the board costs the same with 1,000 prospects or 100,000.
/// </summary>
public sealed class BoardQuery(SocialKpiDbContext db)
{
    public const int CardsPerColumn = 50;

    /// <param name="cardsPerColumn">How many cards each column starts with; the rest come on demand.</param>
    public async Task<IReadOnlyList<BoardColumn>> ColumnsAsync(BoardFilter filter, int cardsPerColumn = CardsPerColumn, CancellationToken cancellationToken = default)
    {
        var stages = await db.Stages.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var totals = await TotalsAsync(filter, stages, cancellationToken);
        var columns = new List<BoardColumn>(stages.Count);
        foreach (var stage in stages)
            columns.Add(new BoardColumn(stage, totals[stage.Id], await CardsAsync(stage.Id, filter, 0, cardsPerColumn, cancellationToken)));
        return columns;
    }

    /// <summary>Every stage's figures, in pipeline order (the board's headers, the dashboard's table).</summary>
    public async Task<IReadOnlyList<StageTotals>> TotalsByStageAsync(BoardFilter filter, CancellationToken cancellationToken = default)
    {
        var stages = await db.Stages.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var totals = await TotalsAsync(filter, stages, cancellationToken);
        return stages.Select(s => totals[s.Id]).ToList();
    }

    /// <summary>Header figures of some stages, for the answer to a move.</summary>
    public async Task<IReadOnlyDictionary<int, StageTotals>> TotalsAsync(BoardFilter filter, IReadOnlyList<Stage> stages, CancellationToken cancellationToken = default)
    {
        var ids = stages.Select(s => s.Id).ToList();
        var sums = await Filter(db.Prospects.AsNoTracking(), filter)
            .Where(p => ids.Contains(p.StageId))
            .GroupBy(p => p.StageId)
            .Select(g => new { StageId = g.Key, Count = g.Count(), Value = g.Sum(p => p.EstimatedValue) })
            .ToDictionaryAsync(t => t.StageId, cancellationToken);
        // A client's worth is what it paid, not what was estimated before the sale.
        var wonIds = stages.Where(s => s.Outcome == StageOutcome.Won).Select(s => s.Id).ToList();
        var sold = wonIds.Count == 0
            ? new Dictionary<int, decimal>()
            : await db.Sales.AsNoTracking()
                .Join(Filter(db.Prospects.AsNoTracking(), filter).Where(p => wonIds.Contains(p.StageId)), s => s.ProspectId, p => p.Id, (s, p) => new { p.StageId, s.Amount })
                .GroupBy(x => x.StageId)
                .Select(g => new { StageId = g.Key, Amount = g.Sum(x => x.Amount) })
                .ToDictionaryAsync(x => x.StageId, x => x.Amount, cancellationToken);
        return stages.ToDictionary(s => s.Id, s =>
        {
            var (count, value) = sums.TryGetValue(s.Id, out var t) ? (t.Count, t.Value ?? 0) : (0, 0m);
            if (s.Outcome == StageOutcome.Won)
                value = sold.GetValueOrDefault(s.Id);
            return new StageTotals(s.Id, s.Name, s.Outcome, s.WinProbability, count, value);
        });
    }

    /// <summary>A column's cards, most recent activity first.</summary>
    public async Task<IReadOnlyList<BoardCard>> CardsAsync(int stageId, BoardFilter filter, int skip, int take, CancellationToken cancellationToken = default) =>
        await Project(Filter(db.Prospects.AsNoTracking(), filter)
                .Where(p => p.StageId == stageId)
                .OrderByDescending(p => p.LastActivityAt).ThenByDescending(p => p.Id)
                .Skip(skip).Take(take))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The cards of these prospects as they now are (after changes made elsewhere), each with whether
    /// the board as filtered shows it; a deleted prospect is missing.
    /// </summary>
    public async Task<IReadOnlyList<(BoardCard Card, bool Shown)>> CardsOfAsync(IReadOnlyCollection<int> prospectIds, BoardFilter filter, CancellationToken cancellationToken = default)
    {
        var cards = await Project(db.Prospects.AsNoTracking().Where(p => prospectIds.Contains(p.Id))).ToListAsync(cancellationToken);
        // Owner and ring are on the card, so the usual view (a member's own prospects) needs no
        // second query: every open board runs this for each change it hears.
        if (filter with { OwnerId = null, Ring = null } == new BoardFilter())
            return [.. cards.Select(c => (c, (string.IsNullOrEmpty(filter.OwnerId) || c.OwnerId == filter.OwnerId) && (filter.Ring is null || c.Ring == filter.Ring)))];
        var shown = (await Filter(db.Prospects.AsNoTracking().Where(p => prospectIds.Contains(p.Id)), filter).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        return [.. cards.Select(c => (c, shown.Contains(c.Id)))];
    }

    private IQueryable<BoardCard> Project(IQueryable<Prospect> prospects) =>
        prospects.Select(p => new BoardCard(
            p.Id, p.StageId, p.Version, p.Name, p.Company, p.SourceChannel!.Name, p.Ring, p.EstimatedValue,
            p.StageChangedAt, p.NextStep, p.NextStepDue, p.Owner == null ? null : p.Owner.DisplayName,
            p.Stage!.Outcome == StageOutcome.Won ? db.Sales.Where(s => s.ProspectId == p.Id).Sum(s => (decimal?)s.Amount) : null,
            p.PersonaId == null || !db.PersonaCriteria.Any(c => c.PersonaId == p.PersonaId)
                ? null
                : (double)db.ProspectCriteria.Count(c => c.ProspectId == p.Id) / db.PersonaCriteria.Count(c => c.PersonaId == p.PersonaId),
            p.OwnerId));

    private IQueryable<Prospect> Filter(IQueryable<Prospect> prospects, BoardFilter filter)
    {
        if (filter.SourceChannelId is { } channel)
            prospects = prospects.Where(p => p.SourceChannelId == channel);
        if (filter.Ring is { } ring)
            prospects = prospects.Where(p => p.Ring == ring);
        if (filter.PersonaId is { } persona)
            prospects = prospects.Where(p => p.PersonaId == persona);
        if (!string.IsNullOrEmpty(filter.OwnerId))
            prospects = prospects.Where(p => p.OwnerId == filter.OwnerId);
        if (!string.IsNullOrWhiteSpace(filter.Tag))
        {
            var tag = filter.Tag.Trim().ToLowerInvariant();
            prospects = prospects.Where(p => db.ProspectTags.Any(t => t.ProspectId == p.Id && t.Name == tag));
        }
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var name = ContactNormalizer.ForSearch(filter.Text);
            var contact = filter.Text.Trim().TrimStart('@').ToLowerInvariant();
            prospects = prospects.Where(p => p.NameNormalized.Contains(name) || (p.Email != null && p.Email.Contains(contact)) || (p.Company != null && p.Company.Contains(filter.Text.Trim())));
        }
        return prospects;
    }
}

/// <summary>Days a card has sat in its stage, and whether that is too long for the stage.</summary>
public static class Staleness
{
    public static int DaysInStage(BoardCard card, TimeProvider clock) =>
        clock.Today().DayNumber - clock.LocalDate(card.StageChangedAt).DayNumber;

    public static bool IsStale(BoardCard card, Stage stage, TimeProvider clock) =>
        stage.StaleAfterDays is { } limit && DaysInStage(card, clock) > limit;
}
