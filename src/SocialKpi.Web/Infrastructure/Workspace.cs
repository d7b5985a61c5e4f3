using SocialKpi.Auditing;

namespace SocialKpi.Web.Infrastructure;

/// <summary>
/// Runs one call to a Core service in a scope of its own, so that each operation gets a fresh
/// DbContext. A circuit lives as long as the browser tab: a context injected into a component
/// would live that long too, pile up tracked entities and break when two calls overlap (decision
/// 0012). Usage: <c>await Workspace.Run((ProspectService s) => s.GetAsync(id))</c>.
/// One per circuit: it carries the client's address into each call, for the audit log.
/// </summary>
public sealed class Workspace(IServiceScopeFactory scopes)
{
    /// <summary>The browser's address, as the request that opened the page saw it (set by Routes).</summary>
    public string? ClientAddress { get; set; }

    public async Task<T> Run<TService, T>(Func<TService, Task<T>> call) where TService : notnull
    {
        using var origin = RequestOrigin.Use(ClientAddress ?? RequestOrigin.Address);
        await using var scope = scopes.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task Run<TService>(Func<TService, Task> call) where TService : notnull
    {
        using var origin = RequestOrigin.Use(ClientAddress ?? RequestOrigin.Address);
        await using var scope = scopes.CreateAsyncScope();
        await call(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
