using FluentValidation;
using SocialKpi.Common;
using SocialKpi.Activities;
using SocialKpi.Data;
using SocialKpi.Localization;

namespace SocialKpi.Privacy;

public sealed class ConsentInput
{
    public ConsentPurpose Purpose { get; set; } = ConsentPurpose.Email;
    public ConsentBasis Basis { get; set; } = ConsentBasis.Consent;
    public string? Evidence { get; set; }
    public string? Source { get; set; }

    /// <summary>yyyy-MM-dd, as a date input sends it.</summary>
    public string? GivenOn { get; set; }
}

public sealed class ConsentInputValidator : AbstractValidator<ConsentInput>
{
    public ConsentInputValidator()
    {
        RuleFor(c => c.Purpose).IsInEnum().WithMessage(_ => Messages.PurposeInvalid);
        RuleFor(c => c.Basis).IsInEnum().WithMessage(_ => Messages.BasisInvalid);
        RuleFor(c => c.Evidence).PlainText(multiline: true);
        RuleFor(c => c.Source).PlainText();
        RuleFor(c => c.Evidence).NotEmpty().WithMessage(_ => Messages.EvidenceRequired)
            .MaximumLength(Limits.Summary).WithMessage(_ => Messages.TooLong(Limits.Summary));
        RuleFor(c => c.Source).MaximumLength(Limits.ShortText).WithMessage(_ => Messages.TooLong(Limits.ShortText));
        RuleFor(c => c.GivenOn).Must(d => ActivityInput.TryParseDate(d, out _)).WithMessage(_ => Messages.ConsentDateInvalid);
    }
}
