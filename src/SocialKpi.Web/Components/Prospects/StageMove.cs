namespace SocialKpi.Web.Components.Prospects;

/// <summary>The "change stage" form of the prospect page.</summary>
public sealed class StageMove
{
    public int StageId { get; set; }
    public int Version { get; set; }
}
