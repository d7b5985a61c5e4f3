namespace SocialKpi.Activities;

/// <summary>What happened with a prospect. Kinds that reach someone by e-mail, phone or SMS need a GDPR basis when outbound.</summary>
public enum ActivityKind
{
    Dm,
    Comment,
    Like,
    Call,
    VideoCall,
    Meeting,
    Email,
    Sms,
    Visit,
    Event,
    Referral,
    Note,
}
