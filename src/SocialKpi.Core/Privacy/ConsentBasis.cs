namespace SocialKpi.Privacy;

/// <summary>The GDPR legal basis for contacting a prospect for a purpose.</summary>
public enum ConsentBasis
{
    /// <summary>The prospect agreed; the proof says how (form, e-mail, signed card…).</summary>
    Consent,

    /// <summary>A legitimate interest, with a note that weighs it (existing client, B2B request…).</summary>
    LegitimateInterest,
}
