namespace SocialKpi.Privacy;

/// <summary>A basis for contacting one prospect for one purpose, from a date until it is withdrawn.</summary>
public class Consent
{
    public int Id { get; set; }
    public int ProspectId { get; set; }
    public ConsentPurpose Purpose { get; set; }
    public ConsentBasis Basis { get; set; }

    /// <summary>Proof of consent, or the note that weighs a legitimate interest.</summary>
    public required string Evidence { get; set; }

    /// <summary>Where it was collected: "salon 2026 card", "website form"…</summary>
    public string? Source { get; set; }

    public DateOnly GivenOn { get; set; }
    public DateTime? WithdrawnAt { get; set; }
    public string? RecordedById { get; set; }
    public DateTime RecordedAt { get; set; }
}
