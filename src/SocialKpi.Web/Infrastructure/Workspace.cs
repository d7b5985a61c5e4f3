namespace SocialKpi.Web.Infrastructure;

/// <summary>
/// Runs one call to a Core service in a scope of its own, so that each operation gets a fresh
/// DbContext. A circuit lives as long as the browser tab: a context injected into a component
/// would live that long too, pile up tracked entities and break when two calls overlap (decision
/// 0012). Usage: <c>await Workspace.Run((ProspectService s) => s.GetAsync(id))</c>.
/// </summary>
public sealed class Workspace(IServiceScopeFactory scopes)
{
    public async Task<T> Run<TService, T>(Func<TService, Task<T>> call) where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task Run<TService>(Func<TService, Task> call) where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        await call(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
