using SocialKpi.Activities;

namespace SocialKpi.Privacy;

/// <summary>Which outreach needs which basis (product.md, Privacy): outbound e-mail, calls and SMS.</summary>
public static class ConsentRules
{
    public static ConsentPurpose? PurposeOf(ActivityKind kind, Direction direction) => (kind, direction) switch
    {
        (ActivityKind.Email, Direction.Outbound) => ConsentPurpose.Email,
        (ActivityKind.Call or ActivityKind.VideoCall, Direction.Outbound) => ConsentPurpose.Phone,
        (ActivityKind.Sms, Direction.Outbound) => ConsentPurpose.Sms,
        _ => null,
    };
}
