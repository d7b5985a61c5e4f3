using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SocialKpi.Web.Infrastructure;

namespace SocialKpi.Web.Components.Shared;

/// <summary>
/// What every interactive page needs: the Core services (one scope per call), the signed-in user
/// and the snackbar that confirms a write. The interface texts (T) come from _Imports.razor.
/// </summary>
public abstract class AppPage : ComponentBase
{
    [Inject] protected Workspace Workspace { get; set; } = default!;
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [Inject] protected NavigationManager Navigation { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected CurrentUser User { get; private set; } = CurrentUser.Nobody;

    protected override async Task OnInitializedAsync()
    {
        if (AuthenticationState is not null)
            User = CurrentUser.From((await AuthenticationState).User);
        await LoadAsync();
    }

    /// <summary>Loads what the page shows; called once the user is known.</summary>
    protected virtual Task LoadAsync() => Task.CompletedTask;
}
