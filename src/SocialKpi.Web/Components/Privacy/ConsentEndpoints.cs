using SocialKpi.Privacy;
using SocialKpi.Web.Infrastructure;

namespace SocialKpi.Web.Components.Privacy;

public static class ConsentEndpoints
{
    public static void MapConsentEndpoints(this IEndpointRouteBuilder app)
    {
        // IFormCollection makes the endpoint check the antiforgery token.
        app.MapPost("/prospects/{id:int}/consents/{consentId:int}/withdraw", async (int id, int consentId, IFormCollection form, ConsentService consents) =>
        {
            var result = await consents.WithdrawAsync(id, consentId);
            return result.Succeeded ? Results.Redirect($"/prospects/{id}/consents?notice=consent-withdrawn") : Results.NotFound();
        }).RequireAuthorization(Policies.CanEdit);
    }
}
