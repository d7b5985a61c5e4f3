namespace SocialKpi.Privacy;

/// <summary>The outreach a consent covers.</summary>
public enum ConsentPurpose
{
    Email,
    Phone,
    Sms,
}
