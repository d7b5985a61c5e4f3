namespace SocialKpi.Web.Features.Settings;

/// <summary>A one-field form (a new loss reason, a new stage); the service checks the name.</summary>
public sealed class NameInput
{
    public string? Name { get; set; }
}
