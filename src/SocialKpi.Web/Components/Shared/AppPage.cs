using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using SocialKpi.Web.Infrastructure;

namespace SocialKpi.Web.Components.Shared;

/// <summary>
/// What every interactive page needs: the Core services (one scope per call), the signed-in user
/// and the snackbar that confirms a write. The interface texts (T) come from _Imports.razor.
/// Its <see cref="FromQueryAttribute"/> properties follow the URL's query: when a link, the back
/// button or the page itself changes the query, they are read again and the page goes through
/// OnParametersSet as it would for new parameters.
/// </summary>
public abstract class AppPage : ComponentBase, IDisposable
{
    private QueryBinding? query;
    private string? boundPath, boundQuery;
    private bool started, disposed;

    [Inject] protected Workspace Workspace { get; set; } = default!;
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [Inject] protected NavigationManager Navigation { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected CurrentUser User { get; private set; } = CurrentUser.Nobody;

    /// <summary>Whether the page has left the screen: work that resumes after a wait checks it.</summary>
    protected bool IsDisposed => disposed;

    public override Task SetParametersAsync(ParameterView parameters)
    {
        if (!started)
        {
            started = true;
            query = QueryBinding.For(GetType());
            if (query is not null)
                Navigation.LocationChanged += OnLocationChanged;
        }
        BindQuery();
        return base.SetParametersAsync(parameters);
    }

    protected override async Task OnInitializedAsync()
    {
        if (AuthenticationState is not null)
            User = CurrentUser.From((await AuthenticationState).User);
        await LoadAsync();
    }

    /// <summary>Loads what the page shows; called once the user is known.</summary>
    protected virtual Task LoadAsync() => Task.CompletedTask;

    private void BindQuery()
    {
        var uri = Navigation.Uri;
        boundPath = QueryBinding.PathOf(uri);
        boundQuery = QueryBinding.QueryOf(uri);
        query?.Bind(this, uri);
    }

    // A handler still runs once after the page is disposed when the navigation that disposes it is
    // the one being announced, and a navigation to another page is the router's business: only a
    // new query on this page's own path concerns it.
    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (disposed || QueryBinding.PathOf(e.Location) != boundPath || QueryBinding.QueryOf(e.Location) == boundQuery)
            return;
        _ = InvokeAsync(async () =>
        {
            try
            {
                if (!disposed)
                    await SetParametersAsync(ParameterView.Empty);
            }
            catch (Exception failure)
            {
                await DispatchExceptionAsync(failure);
            }
        });
    }

    public void Dispose()
    {
        disposed = true;
        if (query is not null)
            Navigation.LocationChanged -= OnLocationChanged;
        Dispose(true);
    }

    /// <summary>Where a page lets go of what it subscribed to.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
