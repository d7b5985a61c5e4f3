namespace SocialKpi.Prospects;

public class ProspectTag
{
    public int ProspectId { get; set; }
    public required string Name { get; set; }
}
