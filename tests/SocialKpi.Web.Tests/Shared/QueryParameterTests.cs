using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace SocialKpi.Web.Tests.Shared;

public sealed class QueryParameterTests
{
    /// <summary>
    /// The framework's [SupplyParameterFromQuery] can end a circuit when a page with one is left
    /// while the browser is slow to acknowledge renders (decision 0024): only the static pages,
    /// which have no circuit, may use it; interactive ones use [FromQuery] through AppPage.
    /// </summary>
    [Fact]
    public void Only_static_pages_use_the_framework_s_query_parameters()
    {
        var interactiveUsers = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .Where(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Any(p => p.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is not null))
            .Where(t => t.GetCustomAttribute<ExcludeFromInteractiveRoutingAttribute>() is null)
            .Select(t => t.Name)
            .ToList();

        Assert.Empty(interactiveUsers);
    }
}
