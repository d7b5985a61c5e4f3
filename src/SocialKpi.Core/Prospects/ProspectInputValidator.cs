using FluentValidation;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;

namespace SocialKpi.Prospects;

/// <summary>
/// The format rules of a prospect, shared by the forms (shown beside each field) and by
/// <see cref="ProspectService"/>, which also checks that the referenced channel, stage and owner exist.
/// </summary>
public sealed class ProspectInputValidator : AbstractValidator<ProspectInput>
{
    public const int MaxTags = 20;
    public const decimal MaxValue = 1_000_000_000m;

    public ProspectInputValidator()
    {
        RuleFor(p => p.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => Messages.NameRequired);
        RuleFor(p => p.Name).MaximumLength(Limits.Name).WithMessage(_ => Messages.TooLong(Limits.Name));
        RuleFor(p => p.Company).MaximumLength(Limits.Name).WithMessage(_ => Messages.TooLong(Limits.Name));
        RuleFor(p => p.City).MaximumLength(Limits.ShortText).WithMessage(_ => Messages.TooLong(Limits.ShortText));
        RuleFor(p => p.Notes).MaximumLength(Limits.LongText).WithMessage(_ => Messages.TooLong(Limits.LongText));
        RuleFor(p => p.Name).PlainText();
        RuleFor(p => p.Company).PlainText();
        RuleFor(p => p.City).PlainText();
        RuleFor(p => p.Notes).PlainText(multiline: true);
        RuleFor(p => p.Email).PlainText();
        RuleFor(p => p.Phone).PlainText();
        RuleFor(p => p.Tags).PlainText();

        RuleFor(p => p.Email)
            .MaximumLength(Limits.Email).WithMessage(_ => Messages.TooLong(Limits.Email))
            .Must(ContactNormalizer.IsValidEmail).WithMessage(_ => Messages.EmailInvalid)
            .When(p => !string.IsNullOrWhiteSpace(p.Email));

        RuleFor(p => p.Phone)
            .Must(phone => ContactNormalizer.IsValidPhone(ContactNormalizer.Phone(phone))).WithMessage(_ => Messages.PhoneInvalid)
            .When(p => !string.IsNullOrWhiteSpace(p.Phone));

        RuleFor(p => p.SourceChannelId).GreaterThan(0).WithMessage(_ => Messages.ChannelRequired);
        RuleFor(p => p.StageId).GreaterThan(0).WithMessage(_ => Messages.StageRequired);
        RuleFor(p => p.Ring).IsInEnum().WithMessage(_ => Messages.RingInvalid);

        RuleFor(p => p.EstimatedValue)
            .Must(v => Amount.TryParse(v, out _)).WithMessage(_ => Messages.AmountInvalid)
            .DependentRules(() => RuleFor(p => Amount.Parse(p.EstimatedValue))
                .GreaterThanOrEqualTo(0).WithMessage(_ => Messages.ValueNegative)
                .LessThan(MaxValue).WithMessage(_ => Messages.ValueTooLarge)
                .OverridePropertyName(nameof(ProspectInput.EstimatedValue)))
            .When(p => !string.IsNullOrWhiteSpace(p.EstimatedValue));

        RuleFor(p => p.TagList())
            .Must(tags => tags.Count <= MaxTags).WithMessage(_ => Messages.TooManyTags(MaxTags))
            .Must(tags => tags.All(t => t.Length <= Limits.Tag)).WithMessage(_ => Messages.TagTooLong(Limits.Tag))
            .OverridePropertyName(nameof(ProspectInput.Tags));

        // Two handles on one channel would leave one silently dropped.
        RuleFor(p => p.Handles)
            .Must(handles => handles.Where(h => !string.IsNullOrWhiteSpace(h.Handle)).GroupBy(h => h.ChannelId).All(g => g.Count() == 1))
            .WithMessage(_ => Messages.HandleChannelTwice);

        RuleForEach(p => p.Handles).ChildRules(handle =>
            handle.RuleFor(h => h.Handle)
                .Must(h => ContactNormalizer.IsValidHandle(ContactNormalizer.Handle(h))).WithMessage(_ => Messages.HandleInvalid)
                .When(h => !string.IsNullOrWhiteSpace(h.Handle)));
    }
}
