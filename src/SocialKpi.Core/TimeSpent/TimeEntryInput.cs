using FluentValidation;
using SocialKpi.Activities;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;

namespace SocialKpi.TimeSpent;

/// <summary>Time spent as typed: a channel, a day, minutes, what was done.</summary>
public sealed class TimeEntryInput
{
    public int ChannelId { get; set; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? Date { get; set; }

    public string? Minutes { get; set; }
    public string? Note { get; set; }

    /// <summary>A day's time on one channel: whole minutes, at most 24 hours.</summary>
    public const int MaxMinutes = 24 * 60;
}

public sealed class TimeEntryInputValidator : AbstractValidator<TimeEntryInput>
{
    public TimeEntryInputValidator(TimeProvider clock)
    {
        RuleFor(t => t.ChannelId).GreaterThan(0).WithMessage(_ => Messages.ChannelRequired);
        RuleFor(t => t.Date).Must(d => ActivityInput.TryParseDate(d, out _)).WithMessage(_ => Messages.TimeDateInvalid)
            .Must(d => !ActivityInput.TryParseDate(d, out var date) || date <= clock.Today()).WithMessage(_ => Messages.TimeDateInFuture);
        RuleFor(t => t.Minutes)
            .Must(m => ActivityInput.TryParseDuration(m, out var minutes) && !string.IsNullOrWhiteSpace(m) && minutes is > 0 and <= TimeEntryInput.MaxMinutes)
            .WithMessage(_ => Messages.TimeMinutesInvalid(TimeEntryInput.MaxMinutes));
        RuleFor(t => t.Note).MaximumLength(Limits.Name).WithMessage(_ => Messages.TooLong(Limits.Name)).PlainText();
    }
}
