using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialKpi.Activities;
using SocialKpi.Data;
using SocialKpi.Timeline;
using SocialKpi.Web.Infrastructure;

namespace SocialKpi.Web.Components.Activities;

/// <summary>
/// The htmx side of conversations: the quick log's post, older timeline entries, and the follow-up
/// buttons. Each also answers a plain request sensibly (a redirect), so nothing depends on JavaScript.
/// </summary>
public static class ActivityEndpoints
{
    public static void MapActivityEndpoints(this IEndpointRouteBuilder app)
    {
        // IFormCollection makes the endpoint check the antiforgery token.
        app.MapPost("/prospects/{id:int}/activities", LogAsync).RequireAuthorization(Policies.CanEdit);
        app.MapGet("/prospects/{id:int}/timeline", async (int id, int? page, HttpContext context, TimelineQuery timeline) =>
            new RazorComponentResult<TimelineList>(new
            {
                ProspectId = id,
                Page = await timeline.ForProspectAsync(id, page ?? 1),
                CanEdit = context.User.IsInRole(SocialKpi.Users.Roles.Owner) || context.User.IsInRole(SocialKpi.Users.Roles.Member),
            }));
        app.MapPost("/follow-ups/{activityId:int}/done", async (int activityId, IFormCollection form, HttpContext context, ActivityService activities) =>
        {
            await activities.CompleteNextStepAsync(activityId);
            return FollowUpAnswer(form, context);
        }).RequireAuthorization(Policies.CanEdit);
        app.MapPost("/follow-ups/{activityId:int}/snooze", async (int activityId, IFormCollection form, HttpContext context, ActivityService activities, TimeProvider clock) =>
        {
            var days = int.TryParse(form["days"], out var d) && d is >= 1 and <= 30 ? d : 1;
            await activities.SnoozeAsync(activityId, SocialKpi.Common.ClockExtensions.Today(clock).AddDays(days));
            return FollowUpAnswer(form, context);
        }).RequireAuthorization(Policies.CanEdit);
    }

    private static async Task<IResult> LogAsync(int id, IFormCollection form, HttpContext context, ActivityService activities, TimelineQuery timeline, Catalogue catalogue)
    {
        var input = ActivityForm.Read(form);
        var returnUrl = ActivityForm.ReturnUrl(form, id);
        var prefix = form["prefix"].FirstOrDefault() ?? "ql-";
        var result = await activities.LogAsync(id, input, context.User.FindFirstValue(ClaimTypes.NameIdentifier));
        if (!IsHtmx(context))
            return result.Succeeded ? Results.Redirect(returnUrl) : Results.Redirect($"/prospects/{id}/log");

        var channels = await catalogue.ChannelsAsync();
        if (!result.Succeeded)
            return new RazorComponentResult<QuickLogForm>(new { ProspectId = id, Input = input, Channels = channels, Errors = result.Errors, ReturnUrl = returnUrl, Prefix = prefix });
        var entry = await timeline.ActivityEntryAsync(result.Id!.Value);
        var fresh = await activities.NewInputAsync(id);
        return new RazorComponentResult<QuickLogLogged>(new { ProspectId = id, Input = fresh, Channels = channels, Entry = entry, ReturnUrl = returnUrl, Prefix = prefix });
    }

    private static IResult FollowUpAnswer(IFormCollection form, HttpContext context) =>
        // htmx removes the row itself; a plain post goes back to the list it came from.
        IsHtmx(context) ? Results.Ok() : Results.Redirect(AccountEndpoints.SafeReturnUrl(form["returnUrl"]));

    public static bool IsHtmx(HttpContext context) => context.Request.Headers.ContainsKey("HX-Request");
}
