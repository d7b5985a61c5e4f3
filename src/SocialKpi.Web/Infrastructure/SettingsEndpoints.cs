using Microsoft.AspNetCore.Mvc;
using SocialKpi.Channels;
using SocialKpi.Pipeline;

namespace SocialKpi.Web.Infrastructure;

public static class SettingsEndpoints
{
    public static void MapSettingsEndpoints(this IEndpointRouteBuilder app)
    {
        // A form field ([FromForm]) makes the endpoint check the antiforgery token.
        app.MapPost("/settings/channels/{id:int}/archive", async (int id, [FromForm] bool archived, ChannelService channels) =>
            await channels.SetArchivedAsync(id, archived) ? Results.LocalRedirect("/settings") : Results.NotFound())
            .RequireAuthorization(Policies.OwnerOnly);

        app.MapPost("/settings/loss-reasons", async ([FromForm] string? name, LossReasons reasons) =>
        {
            var result = await reasons.AddAsync(name);
            return Results.LocalRedirect(result.Succeeded
                ? "/settings?notice=reason-added"
                : "/settings?reasonError=" + Uri.EscapeDataString(string.Join(" ", result.Errors.Select(e => e.ErrorMessage))));
        }).RequireAuthorization(Policies.OwnerOnly);
        app.MapPost("/settings/loss-reasons/{id:int}/archive", async (int id, [FromForm] bool archived, LossReasons reasons) =>
            await reasons.SetArchivedAsync(id, archived) ? Results.LocalRedirect("/settings") : Results.NotFound())
            .RequireAuthorization(Policies.OwnerOnly);

        app.MapPost("/settings/attribution", async ([FromForm] string? lookbackDays, SocialKpi.Attribution.AttributionSettings settings) =>
        {
            var result = await settings.SetLookbackDaysAsync(lookbackDays);
            // A refused value comes back in the field, beside the message; the saved one is unchanged.
            return Results.LocalRedirect(result.Succeeded
                ? "/settings?notice=lookback-saved"
                : "/settings?lookbackError=" + Uri.EscapeDataString(result.Errors[0].ErrorMessage) + "&lookbackTyped=" + Uri.EscapeDataString(lookbackDays ?? ""));
        }).RequireAuthorization(Policies.OwnerOnly);

        // The buttons of the stages page; their messages come back in the query, already localised.
        app.MapPost("/settings/stages/add", async ([FromForm] string? name, StageSettings stages) =>
        {
            var result = await stages.AddAsync(name ?? "");
            return Results.LocalRedirect(result.Succeeded ? "/settings/stages?notice=stage-added" : StagesError(result));
        }).RequireAuthorization(Policies.OwnerOnly);
        app.MapPost("/settings/stages/{id:int}/{action:regex(^(earlier|later|remove)$)}", async (int id, string action, IFormCollection form, StageSettings stages) =>
        {
            if (action != "remove")
            {
                // A stage already first (or last) of its kind simply stays where it is.
                await stages.MoveAsync(id, earlier: action == "earlier");
                return Results.LocalRedirect("/settings/stages");
            }
            var result = await stages.RemoveAsync(id);
            return Results.LocalRedirect(result.Succeeded ? "/settings/stages?notice=stage-removed" : StagesError(result));
        }).RequireAuthorization(Policies.OwnerOnly);
    }

    private static string StagesError(SocialKpi.Common.SaveResult result) =>
        "/settings/stages?error=" + Uri.EscapeDataString(string.Join(" ", result.Errors.Select(e => e.ErrorMessage)));
}
