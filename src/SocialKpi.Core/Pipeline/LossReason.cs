namespace SocialKpi.Pipeline;

/// <summary>Why a prospect was lost; an editable list, so that "lost" can be learnt from.</summary>
public class LossReason
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public bool IsArchived { get; set; }
}
