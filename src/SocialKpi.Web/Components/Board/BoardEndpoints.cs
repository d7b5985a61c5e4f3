using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialKpi.Data;
using SocialKpi.Pipeline;
using SocialKpi.Prospects;
using SocialKpi.Users;
using SocialKpi.Web.Components.Activities;
using SocialKpi.Web.Infrastructure;

namespace SocialKpi.Web.Components.Board;

/// <summary>The board's htmx endpoints: moving a card (dragged or with its form) and loading more cards.</summary>
public static class BoardEndpoints
{
    public static void MapBoardEndpoints(this IEndpointRouteBuilder app)
    {
        // IFormCollection makes the endpoint check the antiforgery token.
        app.MapPost("/board/move", MoveAsync).RequireAuthorization(Policies.CanEdit);
        app.MapGet("/board/cards", CardsAsync);
        app.MapGet("/board/cards/{id:int}/move", async (int id, BoardQuery board, Catalogue catalogue) =>
            await board.CardAsync(id) is { } card
                ? new RazorComponentResult<BoardMoveControl>(new { Card = card, Stages = await catalogue.StagesAsync() })
                : Results.NotFound()).RequireAuthorization(Policies.CanEdit);
    }

    private static async Task<IResult> MoveAsync(IFormCollection form, HttpContext context, ProspectService prospects, BoardQuery board, Catalogue catalogue)
    {
        if (!int.TryParse(form["ProspectId"], CultureInfo.InvariantCulture, out var prospectId) || await board.CardAsync(prospectId) is not { } before)
            return Results.NotFound();
        var move = new StageMoveInput
        {
            StageId = int.TryParse(form["Move.StageId"], CultureInfo.InvariantCulture, out var stageId) ? stageId : 0,
            Version = int.TryParse(form["Move.Version"], CultureInfo.InvariantCulture, out var version) ? version : -1,
            SaleAmount = form["Move.SaleAmount"],
            SoldOn = form["Move.SoldOn"],
            SaleNote = form["Move.SaleNote"],
            LossReasonId = int.TryParse(form["Move.LossReasonId"], CultureInfo.InvariantCulture, out var reason) ? reason : null,
        };
        // The board the card is on: htmx names it in a header; the move form of a refused card says it.
        var returnUrl = AccountEndpoints.SafeReturnUrl(form["returnUrl"].FirstOrDefault() ?? BoardPath(context.Request.Headers["HX-Current-URL"]));
        var result = await prospects.ChangeStageAsync(prospectId, move, context.User.FindFirstValue(ClaimTypes.NameIdentifier));

        if (!ActivityEndpoints.IsHtmx(context))
        {
            // Without JavaScript a refused move continues on the prospect page, whose move form asks
            // for what is missing.
            return result.Succeeded
                ? Results.Redirect(returnUrl)
                : Results.Redirect($"/prospects/{prospectId}?move={move.StageId}" + (result.IsConflict ? "&notice=moved-meanwhile" : ""));
        }

        var card = (await board.CardAsync(prospectId))!;
        var stages = await catalogue.StagesAsync();
        var filter = BoardUrl.Parse(BoardUrl.QueryOf(returnUrl), context.User.FindFirstValue(ClaimTypes.NameIdentifier), context.User.IsInRole(Roles.Member));
        var touched = stages.Where(s => s.Id == before.StageId || s.Id == move.StageId || s.Id == card.StageId).ToList();
        var headers = (await board.TotalsAsync(filter, touched)).Values.ToList();
        // The posted card goes; the answer puts the card where it now is.
        context.Response.Headers["HX-Reswap"] = "delete";
        if (result.Succeeded)
            return new RazorComponentResult<BoardMoveAnswer>(new { Card = card, Stages = stages, Headers = headers, ReturnUrl = returnUrl });

        var needsDetails = !result.IsConflict && result.Errors.Any(e => e.PropertyName is nameof(StageMoveInput.SaleAmount) or nameof(StageMoveInput.SoldOn) or nameof(StageMoveInput.LossReasonId));
        return new RazorComponentResult<BoardMoveAnswer>(new
        {
            Card = card,
            Stages = stages,
            Headers = headers,
            ReturnUrl = returnUrl,
            Messages = needsDetails ? [] : result.Errors.Select(e => e.ErrorMessage).ToList(),
            Details = needsDetails ? move : null,
            Errors = needsDetails ? result.Errors : [],
            Reasons = await catalogue.LossReasonsAsync(),
        });
    }

    private static string BoardPath(string? currentUrl) =>
        Uri.TryCreate(currentUrl, UriKind.Absolute, out var url) && url.AbsolutePath == "/board" ? url.PathAndQuery : "/board";

    private static async Task<IResult> CardsAsync(int stage, int skip, HttpContext context, BoardQuery board, Catalogue catalogue)
    {
        var stages = await catalogue.StagesAsync();
        if (stages.FirstOrDefault(s => s.Id == stage) is not { } column)
            return Results.NotFound();
        var query = context.Request.Query.Where(p => p.Key is not "stage" and not "skip").ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
        var user = context.User;
        var filter = BoardUrl.Parse(query, user.FindFirstValue(ClaimTypes.NameIdentifier), user.IsInRole(Roles.Member));
        var total = (await board.TotalsAsync(filter, [column]))[column.Id].Prospects;
        var cards = await board.CardsAsync(column.Id, filter, skip, BoardQuery.CardsPerColumn);
        var queryString = string.Join('&', query.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value ?? "")}"));
        return new RazorComponentResult<BoardCards>(new
        {
            Stage = column,
            Stages = stages,
            Cards = cards,
            Total = total,
            Skip = skip,
            CanEdit = user.IsInRole(Roles.Owner) || user.IsInRole(Roles.Member),
            ReturnUrl = "/board" + (queryString.Length > 0 ? "?" + queryString : ""),
            Query = queryString,
        });
    }
}
