using Microsoft.AspNetCore.Mvc;
using SocialKpi.Channels;

namespace SocialKpi.Web.Infrastructure;

public static class SettingsEndpoints
{
    public static void MapSettingsEndpoints(this IEndpointRouteBuilder app)
    {
        // A form field ([FromForm]) makes the endpoint check the antiforgery token.
        app.MapPost("/settings/channels/{id:int}/archive", async (int id, [FromForm] bool archived, ChannelService channels) =>
            await channels.SetArchivedAsync(id, archived) ? Results.LocalRedirect("/settings") : Results.NotFound())
            .RequireAuthorization(Policies.OwnerOnly);
    }
}
