namespace SocialKpi.Web.Infrastructure;

/// <summary>
/// Tells open pages (boards, lists) that a prospect changed, so that every user sees a move or a
/// log within moments without reloading. In this process at once; other instances serving the same
/// PostgreSQL database hear of it through <see cref="ClusterNotifications"/>.
/// </summary>
public interface IProspectChanges
{
    /// <summary>Raised on a thread of the writer's; subscribers marshal to their own renderer.</summary>
    event Action<ProspectChange>? Changed;

    /// <summary>Raised for changes made in this process only, for whoever carries them to other instances.</summary>
    event Action<ProspectChange>? ChangedHere;

    void Publish(ProspectChange change);

    /// <summary>A change another instance made: told to this process's pages, not carried on.</summary>
    void Receive(ProspectChange change);
}

/// <param name="ProspectId">The prospect that changed.</param>
/// <param name="FromStageId">Its stage before the change, when the stage changed.</param>
/// <param name="Origin">The page that made the change, which has already shown it.</param>
/// <param name="Owner">Its owner after the change, when the page that made it knew; null when unknown.</param>
public sealed record ProspectChange(int ProspectId, int? FromStageId = null, object? Origin = null, ProspectOwner? Owner = null);

/// <summary>A prospect's owner as a change reports it: <paramref name="Id"/> null means nobody's.</summary>
public sealed record ProspectOwner(string? Id);

public sealed class InProcessProspectChanges : IProspectChanges
{
    public event Action<ProspectChange>? Changed;

    public event Action<ProspectChange>? ChangedHere;

    public void Publish(ProspectChange change)
    {
        Changed?.Invoke(change);
        ChangedHere?.Invoke(change);
    }

    public void Receive(ProspectChange change) => Changed?.Invoke(change);
}
