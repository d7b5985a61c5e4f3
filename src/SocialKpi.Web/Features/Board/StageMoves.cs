using Microsoft.Extensions.Localization;
using MudBlazor;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Pipeline;
using SocialKpi.Prospects;
using SocialKpi.Web.Infrastructure;

namespace SocialKpi.Web.Features.Board;

/// <summary>
/// Moving a prospect to a stage, the same way from the board (drop or "Move to…") and from the
/// prospect page: an open stage moves at once; won asks for the sale and lost for the reason in a
/// dialog first. Null means the user cancelled, and nothing moved.
/// </summary>
public sealed class StageMoves(Workspace workspace, IDialogService dialogs, IStringLocalizer<Ui> text, IProspectChanges changes)
{
    /// <param name="fromStageId">Where the prospect was, so that open boards update that column too.</param>
    /// <param name="origin">The page asking, which shows the move itself and need not be told.</param>
    /// <param name="owner">The prospect's owner, so that boards showing someone else's can ignore the move.</param>
    public async Task<SaveResult?> MoveAsync(int prospectId, int version, int fromStageId, Stage target, string? actorId, object? origin = null, ProspectOwner? owner = null)
    {
        var result = await AskAndMoveAsync(prospectId, version, target, actorId);
        if (result is { Succeeded: true })
            changes.Publish(new ProspectChange(prospectId, fromStageId, origin, owner));
        return result;
    }

    private async Task<SaveResult?> AskAndMoveAsync(int prospectId, int version, Stage target, string? actorId)
    {
        if (target.Outcome == StageOutcome.Open)
        {
            var move = new StageMoveInput { StageId = target.Id, Version = version };
            return await workspace.Run((ProspectService s) => s.ChangeStageAsync(prospectId, move, actorId));
        }

        var reasons = target.Outcome == StageOutcome.Lost ? await workspace.Run((Catalogue c) => c.LossReasonsAsync()) : [];
        var parameters = new DialogParameters<StageMoveDialog>
        {
            { d => d.Stage, target },
            { d => d.ProspectId, prospectId },
            { d => d.Version, version },
            { d => d.ActorId, actorId },
            { d => d.Reasons, reasons },
        };
        var title = string.Format(text["MoveToNamed"], target.Name);
        var dialog = await dialogs.ShowAsync<StageMoveDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true });
        return await dialog.Result is { Canceled: false, Data: SaveResult saved } ? saved : null;
    }
}
