namespace SocialKpi.Personas;

/// <summary>An ideal-client profile prospects are qualified against.</summary>
public class Persona
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }

    /// <summary>The checklist a prospect is qualified against, in order.</summary>
    public List<PersonaCriterion> Criteria { get; set; } = [];
}

/// <summary>One thing the ideal client is or has ("opens on Sundays", "has a website").</summary>
public class PersonaCriterion
{
    public int Id { get; set; }
    public int PersonaId { get; set; }
    public required string Text { get; set; }
    public int Position { get; set; }
}

/// <summary>A criterion a prospect meets; the prospect's fit score is the share of its persona's criteria it meets.</summary>
public class ProspectCriterion
{
    public int ProspectId { get; set; }
    public int CriterionId { get; set; }
}
