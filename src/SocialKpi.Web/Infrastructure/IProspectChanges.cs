namespace SocialKpi.Web.Infrastructure;

/// <summary>
/// Tells open pages (boards, lists) that a prospect changed, so that every user sees a move or a
/// log within moments without reloading. In-process today; the team-ready issue carries it across
/// instances with PostgreSQL's LISTEN/NOTIFY behind the same interface.
/// </summary>
public interface IProspectChanges
{
    /// <summary>Raised on a thread of the writer's; subscribers marshal to their own renderer.</summary>
    event Action<ProspectChange>? Changed;

    void Publish(ProspectChange change);
}

/// <param name="ProspectId">The prospect that changed.</param>
/// <param name="FromStageId">Its stage before the change, when the stage changed.</param>
/// <param name="Origin">The page that made the change, which has already shown it.</param>
public sealed record ProspectChange(int ProspectId, int? FromStageId = null, object? Origin = null);

public sealed class InProcessProspectChanges : IProspectChanges
{
    public event Action<ProspectChange>? Changed;

    public void Publish(ProspectChange change) => Changed?.Invoke(change);
}
