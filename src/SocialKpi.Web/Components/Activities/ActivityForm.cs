using FluentValidation.Results;
using Microsoft.AspNetCore.Http;
using SocialKpi.Activities;

namespace SocialKpi.Web.Components.Activities;

/// <summary>
/// Reads the quick-log form's fields. The form posts plain field names (Kind, Summary…) so that the
/// htmx endpoint and the no-JavaScript page read the very same fields; anything that does not parse
/// is left empty for the validator to explain.
/// </summary>
public static class ActivityForm
{
    public static ActivityInput Read(IFormCollection form) => new()
    {
        Kind = Enum.TryParse<ActivityKind>(form["Kind"], out var kind) && Enum.IsDefined(kind) ? kind : null,
        Direction = Enum.TryParse<Direction>(form["Direction"], out var direction) && Enum.IsDefined(direction) ? direction : Direction.Outbound,
        ChannelId = int.TryParse(form["ChannelId"], out var channel) ? channel : null,
        OccurredAt = form["OccurredAt"],
        DurationMinutes = form["DurationMinutes"],
        Summary = form["Summary"],
        NextStep = form["NextStep"],
        NextStepDue = form["NextStepDue"],
    };

    /// <summary>The page to land on after a plain post: only paths of this site.</summary>
    public static string ReturnUrl(IFormCollection form, int prospectId) =>
        Infrastructure.AccountEndpoints.SafeReturnUrl(form["returnUrl"].FirstOrDefault() is { Length: > 0 } url ? url : $"/prospects/{prospectId}");

    public static IReadOnlyList<string> MessagesFor(IReadOnlyList<ValidationFailure> errors, string field) =>
        errors.Where(e => e.PropertyName == field).Select(e => e.ErrorMessage).ToList();
}
