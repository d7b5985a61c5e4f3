using FluentValidation;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;

namespace SocialKpi.Activities;

public sealed class ActivityInputValidator : AbstractValidator<ActivityInput>
{
    public const int MaxDurationMinutes = 24 * 60;

    public ActivityInputValidator()
    {
        RuleFor(a => a.Kind).NotNull().WithMessage(_ => Messages.ActivityKindRequired)
            .IsInEnum().WithMessage(_ => Messages.ActivityKindRequired);
        RuleFor(a => a.Direction).IsInEnum().WithMessage(_ => Messages.DirectionInvalid);
        RuleFor(a => a.OccurredAt).Must(t => ActivityInput.TryParseTime(t, out _)).WithMessage(_ => Messages.OccurredAtInvalid);
        RuleFor(a => a.DurationMinutes)
            .Must(d => ActivityInput.TryParseDuration(d, out var minutes) && minutes <= MaxDurationMinutes)
            .WithMessage(_ => Messages.DurationInvalid(MaxDurationMinutes));
        RuleFor(a => a.Summary).MaximumLength(Limits.Summary).WithMessage(_ => Messages.TooLong(Limits.Summary))
            .PlainText(multiline: true);
        RuleFor(a => a.NextStep).PlainText();
        RuleFor(a => a.NextStep).MaximumLength(Limits.Name).WithMessage(_ => Messages.TooLong(Limits.Name));
        RuleFor(a => a.NextStep).NotEmpty().WithMessage(_ => Messages.NextStepRequired)
            .When(a => !string.IsNullOrWhiteSpace(a.NextStepDue));
        RuleFor(a => a.NextStepDue).Must(d => ActivityInput.TryParseDate(d, out _)).WithMessage(_ => Messages.NextStepDueInvalid)
            .When(a => !string.IsNullOrWhiteSpace(a.NextStep));
    }
}
