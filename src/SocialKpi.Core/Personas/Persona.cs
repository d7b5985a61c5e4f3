namespace SocialKpi.Personas;

/// <summary>An ideal-client profile prospects are qualified against.</summary>
public class Persona
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
}
