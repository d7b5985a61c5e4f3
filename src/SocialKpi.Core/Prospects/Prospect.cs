using SocialKpi.Channels;
using SocialKpi.Personas;
using SocialKpi.Pipeline;
using SocialKpi.Users;

namespace SocialKpi.Prospects;

public class Prospect
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Lower case without accents, so that "helene" finds "Hélène" on every database.</summary>
    public string NameNormalized { get; set; } = "";

    public string? Company { get; set; }

    /// <summary>The user's own key for the prospect, from an imported file; unique when set.</summary>
    public string? ExternalRef { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? City { get; set; }
    public string? Notes { get; set; }

    /// <summary>Where we first met: the first touch of the prospect's journey.</summary>
    public int SourceChannelId { get; set; }
    public Channel? SourceChannel { get; set; }

    public string? OwnerId { get; set; }
    public AppUser? Owner { get; set; }

    public int StageId { get; set; }
    public Stage? Stage { get; set; }

    public int? PersonaId { get; set; }
    public Persona? Persona { get; set; }

    public PerimeterRing Ring { get; set; }
    public decimal? EstimatedValue { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime StageChangedAt { get; set; }

    /// <summary>Last time anything happened with the prospect; orders board columns and drives retention.</summary>
    public DateTime LastActivityAt { get; set; }

    /// <summary>The earliest open next step of its activities, kept here so that lists and the board need no join.</summary>
    public string? NextStep { get; set; }
    public DateOnly? NextStepDue { get; set; }

    /// <summary>When an owner erased the person's data (GDPR); the prospect stays as anonymous figures.</summary>
    public DateTime? ErasedAt { get; set; }

    /// <summary>
    /// When an owner chose to keep a prospect past the retention period, and why; the review asks
    /// again three years later, as it does after the last contact.
    /// </summary>
    public DateTime? RetentionKeptAt { get; set; }
    public string? RetentionKeptReason { get; set; }

    /// <summary>The import that wrote this row, so that the import can be reverted; null when typed in the app.</summary>
    public int? ImportBatchId { get; set; }

    /// <summary>Bumped on every change so that two people cannot overwrite each other silently.</summary>
    public int Version { get; set; }

    public List<ProspectHandle> Handles { get; set; } = [];
    public List<ProspectTag> Tags { get; set; } = [];
}
