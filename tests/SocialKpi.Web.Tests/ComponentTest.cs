using System.Globalization;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using SocialKpi.Activities;
using SocialKpi.Data;
using SocialKpi.Prospects;
using SocialKpi.Users;
using SocialKpi.Web.Infrastructure;

namespace SocialKpi.Web.Tests;

/// <summary>
/// Renders real components over real Core services and a fresh, migrated SQLite database of the
/// test's own (in memory, kept alive by one open connection), signed in as a user of a role, in
/// French unless the test says otherwise, at a fixed time.
/// </summary>
public abstract class ComponentTest : BunitContext, IAsyncLifetime
{
    private readonly SqliteConnection keepAlive;
    private readonly BunitAuthorizationContext authorization;
    private readonly CultureInfo previousCulture = CultureInfo.CurrentCulture;
    private readonly CultureInfo previousUiCulture = CultureInfo.CurrentUICulture;

    protected ComponentTest()
    {
        // bUnit's one-second default failed a wait whose check never got a thread on a busy CI
        // machine (the dispatcher was not scheduled in time); a wait ends as soon as its condition
        // holds, so a longer limit costs passing tests nothing.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        var connectionString = $"Data Source=web-test-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        keepAlive = new SqliteConnection(connectionString);
        keepAlive.Open();

        Services.AddUiTexts();
        Services.AddDbContext<SocialKpiDbContext>(options =>
        {
            DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, connectionString);
            options.AddInterceptors(Queries);
        });
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSocialKpiUserManagement();
        Services.AddSocialKpiServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        authorization = AddAuthorization();
        UseCulture("fr-FR");
    }

    protected FakeTimeProvider Clock { get; } = TestClock.Create();

    /// <summary>Holds a query on demand, to make something happen while a page waits for the database.</summary>
    protected QueryGate Queries { get; } = new();

    /// <summary>The signed-in user: the workspace's owner unless the test signs in someone else.</summary>
    protected AppUser Me { get; private set; } = default!;

    protected static void UseCulture(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    public async Task InitializeAsync()
    {
        await using (var scope = Services.CreateAsyncScope())
            await WorkspaceInitializer.InitializeAsync(scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>(), "fr");
        await SignInAsAsync(Roles.Owner);
    }

    /// <summary>A new user of the role, signed in from now on.</summary>
    protected async Task<AppUser> SignInAsAsync(string role, string? name = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
            .CreateAsync($"{role}-{Guid.NewGuid():N}@atelier.fr", name ?? $"Test {role}", "motdepasse42", role);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        Me = created.User!;
        authorization.SetAuthorized(Me.Email!);
        authorization.SetRoles(role);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, Me.Id));
        return Me;
    }

    /// <summary>Calls a Core service in a scope of its own, to arrange data or check what was saved.</summary>
    protected Task<T> Run<TService, T>(Func<TService, Task<T>> call) where TService : notnull =>
        Services.GetRequiredService<Workspace>().Run(call);

    protected async Task<T> QueryAsync<T>(Func<SocialKpiDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>());
    }

    /// <summary>MudBlazor's popovers (menus, selects) and dialogs render here, as in the layout.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = null!;

    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    /// <summary>Renders a page with the layout's providers beside it, at an address (for its query string).</summary>
    protected IRenderedComponent<TPage> RenderPage<TPage>(string url, Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null)
        where TPage : IComponent
    {
        if (Popovers is null)
        {
            Popovers = Render<MudPopoverProvider>();
            Dialogs = Render<MudDialogProvider>();
            Render<MudSnackbarProvider>();
        }
        Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        return Render(parameters ?? (_ => { }));
    }

    /// <summary>An interface text in the current language, as the page shows it.</summary>
    protected string T(string key) => Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Ui>>()[key];

    /// <summary>The snackbars shown so far, as the user reads them.</summary>
    protected IReadOnlyList<string> Snackbars() =>
        Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "").ToList();

    // Arranging data: through the same services the app uses.

    protected async Task<int> ProspectAsync(string name, string? ownerId = null, string channel = "Instagram")
    {
        var input = await QueryAsync(db => Builders.ProspectInputAsync(db, name, ownerId, channel));
        var result = await Run((ProspectService s) => s.CreateAsync(input, ownerId));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Id!.Value;
    }

    /// <summary>A conversation an hour ago whose next step is due on the given day.</summary>
    protected async Task<int> NextStepAsync(int prospectId, string step, DateOnly due)
    {
        var input = new ActivityInput
        {
            Kind = ActivityKind.Dm,
            Direction = SocialKpi.Activities.Direction.Inbound,
            OccurredAt = Builders.Local(Clock, Clock.GetUtcNow().AddHours(-1)),
            DurationMinutes = "5",
            Summary = "Asked for prices",
            NextStep = step,
            NextStepDue = due.ToString(ActivityInput.DateFormat, CultureInfo.InvariantCulture),
        };
        var result = await Run((ActivityService s) => s.LogAsync(prospectId, input, null));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Id!.Value;
    }

    /// <summary>Another user's move, through the service: no open page is told of it unless the test publishes it.</summary>
    protected async Task TeammateMovesAsync(int prospectId, string stage)
    {
        var move = new SocialKpi.Pipeline.StageMoveInput { StageId = await StageIdAsync(stage), Version = (await LoadProspectAsync(prospectId)).Version };
        var result = await Run((ProspectService s) => s.ChangeStageAsync(prospectId, move, null));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    protected Task<int> StageIdAsync(string name) =>
        QueryAsync(db => db.Stages.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());

    protected Task<Prospect> LoadProspectAsync(int id) =>
        QueryAsync(db => db.Prospects.AsNoTracking().Include(p => p.Stage).SingleAsync(p => p.Id == id));

    /// <summary>Picks an option of a MudSelect by its text, as a user does: open it, click the item.</summary>
    protected async Task ChooseAsync<TValue>(IRenderedComponent<MudSelect<TValue>> select, string optionText)
    {
        await select.InvokeAsync(() => select.Instance.OpenMenu());
        var item = Popovers.WaitForElements(".mud-popover-open .mud-list-item").First(i => i.TextContent.Trim() == optionText);
        await item.ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        CultureInfo.CurrentCulture = previousCulture;
        CultureInfo.CurrentUICulture = previousUiCulture;
        keepAlive.Dispose();
        return base.DisposeAsync().AsTask();
    }
}
