using FluentValidation.Results;
using SocialKpi.Activities;
using SocialKpi.Common;
using SocialKpi.Localization;

namespace SocialKpi.Sales;

/// <summary>What makes a sale valid, wherever it is entered: on a move to a won stage or as a further sale.</summary>
public static class SaleRules
{
    /// <summary>A sale's note: one line of at most <see cref="Data.Limits.Name"/> characters, or nothing.</summary>
    public static ValidationFailure? CheckNote(string? note, string field) =>
        (note?.Length ?? 0) > Data.Limits.Name ? new ValidationFailure(field, Messages.TooLong(Data.Limits.Name))
        : PlainText.HasControlCharacters(note) ? new ValidationFailure(field, Messages.ControlCharacters)
        : null;

    public static List<ValidationFailure> Check(string? amountText, string? soldOnText, DateOnly today, string amountField, string dateField, out decimal amount, out DateOnly soldOn)
    {
        var errors = new List<ValidationFailure>();
        amount = 0;
        soldOn = default;
        if (string.IsNullOrWhiteSpace(amountText))
            errors.Add(new ValidationFailure(amountField, Messages.SaleAmountRequired));
        else if (!Amount.TryParse(amountText, out var parsed) || parsed is null)
            errors.Add(new ValidationFailure(amountField, Messages.AmountInvalid));
        else if (parsed <= 0)
            errors.Add(new ValidationFailure(amountField, Messages.SaleAmountPositive));
        else if (parsed >= Prospects.ProspectInputValidator.MaxValue)
            errors.Add(new ValidationFailure(amountField, Messages.ValueTooLarge));
        else
            amount = parsed.Value;

        if (!ActivityInput.TryParseDate(soldOnText, out soldOn))
            errors.Add(new ValidationFailure(dateField, Messages.SaleDateInvalid));
        else if (soldOn > today)
            errors.Add(new ValidationFailure(dateField, Messages.SaleDateInFuture));
        return errors;
    }
}
