namespace SocialKpi.Web.Infrastructure;

public static class Policies
{
    /// <summary>Owners and members; viewers read only.</summary>
    public const string CanEdit = "CanEdit";

    public const string OwnerOnly = "OwnerOnly";
}
