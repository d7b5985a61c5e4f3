using SocialKpi.Users;

namespace SocialKpi.Web.Infrastructure;

/// <summary>
/// Whether the workspace has its owner yet. Once it has, it always will, so the answer is cached
/// and later requests do not ask the database again.
/// </summary>
public sealed class FirstRunState
{
    private volatile bool hasOwner;

    public async Task<bool> HasOwnerAsync(UserAccounts accounts, CancellationToken cancellationToken)
    {
        if (!hasOwner)
            hasOwner = await accounts.HasOwnerAsync(cancellationToken);
        return hasOwner;
    }
}
