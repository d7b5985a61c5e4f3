using System.Security.Claims;
using System.Text;
using SocialKpi.Privacy;

namespace SocialKpi.Web.Features.Privacy;

/// <summary>A person's data as a JSON download, for owners and members answering a request of access.</summary>
public static class PrivacyEndpoints
{
    public static void MapPrivacyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/prospects/{id:int}/personal-data.json", async (int id, ClaimsPrincipal user, PersonalData data) =>
        {
            // Null for a viewer as for an unknown prospect: a viewer learns nothing from the answer.
            var json = await data.ExportAsync(id, user.FindFirstValue(ClaimTypes.NameIdentifier));
            return json is null
                ? Results.NotFound()
                : Results.File(Encoding.UTF8.GetBytes(json), "application/json; charset=utf-8", $"prospect-{id}-personal-data.json");
        });
    }
}
