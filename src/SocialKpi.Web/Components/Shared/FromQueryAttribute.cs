namespace SocialKpi.Web.Components.Shared;

/// <summary>
/// A page property filled from the URL's query string by <see cref="AppPage"/>, again whenever the
/// query changes (the filters of a list, a report's period). It replaces the framework's
/// [SupplyParameterFromQuery] on interactive pages: decision 0024 says why.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FromQueryAttribute : Attribute
{
    /// <summary>The query parameter's name; the property's name when not given (matched ignoring case).</summary>
    public string? Name { get; init; }
}
