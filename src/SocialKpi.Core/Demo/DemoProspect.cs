using SocialKpi.Activities;
using SocialKpi.Pipeline;
using SocialKpi.Privacy;
using SocialKpi.Prospects;
using SocialKpi.Sales;

namespace SocialKpi.Demo;

/// <summary>One generated prospect with everything that happened to it.</summary>
internal sealed record DemoProspect(
    Prospect Prospect,
    IReadOnlyList<StageChange> Changes,
    IReadOnlyList<Activity> Activities,
    IReadOnlyList<Consent> Consents,
    IReadOnlyList<Sale> Sales);
