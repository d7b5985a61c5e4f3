using FluentValidation;
using SocialKpi.Localization;

namespace SocialKpi.Web.Components.Account;

public sealed class SignInInput
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public bool RememberMe { get; set; }
}

public sealed class SignInInputValidator : AbstractValidator<SignInInput>
{
    public SignInInputValidator()
    {
        RuleFor(i => i.Email).NotEmpty().WithMessage(_ => Messages.EmailRequired);
        RuleFor(i => i.Password).NotEmpty().WithMessage(_ => Messages.PasswordRequired);
    }
}

public sealed class OwnerSetupInput
{
    public string DisplayName { get; set; } = "";
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}

/// <summary>What can be checked before asking Identity; its password rules come back from the user manager.</summary>
public sealed class OwnerSetupInputValidator : AbstractValidator<OwnerSetupInput>
{
    public OwnerSetupInputValidator()
    {
        RuleFor(i => i.DisplayName).NotEmpty().WithMessage(_ => Messages.DisplayNameRequired);
        RuleFor(i => i.Email).NotEmpty().WithMessage(_ => Messages.EmailRequired);
        RuleFor(i => i.Email).Must(SocialKpi.Prospects.ContactNormalizer.IsValidEmail).WithMessage(_ => Messages.EmailInvalid).When(i => !string.IsNullOrEmpty(i.Email));
        RuleFor(i => i.Password).NotEmpty().WithMessage(_ => Messages.PasswordRequired);
        RuleFor(i => i.ConfirmPassword).Equal(i => i.Password).WithMessage(_ => Messages.PasswordsDiffer);
    }
}

public sealed class PasswordChangeInput
{
    public string CurrentPassword { get; set; } = "";
    public string NewPassword { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}

public sealed class PasswordChangeInputValidator : AbstractValidator<PasswordChangeInput>
{
    public PasswordChangeInputValidator()
    {
        RuleFor(i => i.CurrentPassword).NotEmpty().WithMessage(_ => Messages.PasswordRequired);
        RuleFor(i => i.NewPassword).NotEmpty().WithMessage(_ => Messages.PasswordRequired);
        RuleFor(i => i.ConfirmPassword).Equal(i => i.NewPassword).WithMessage(_ => Messages.PasswordsDiffer);
    }
}

public sealed class JoinInput
{
    public string DisplayName { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}

public sealed class JoinInputValidator : AbstractValidator<JoinInput>
{
    public JoinInputValidator()
    {
        RuleFor(i => i.DisplayName).NotEmpty().WithMessage(_ => Messages.DisplayNameRequired);
        RuleFor(i => i.Password).NotEmpty().WithMessage(_ => Messages.PasswordRequired);
        RuleFor(i => i.ConfirmPassword).Equal(i => i.Password).WithMessage(_ => Messages.PasswordsDiffer);
    }
}

public sealed class PasswordResetInput
{
    public string NewPassword { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}

public sealed class PasswordResetInputValidator : AbstractValidator<PasswordResetInput>
{
    public PasswordResetInputValidator()
    {
        RuleFor(i => i.NewPassword).NotEmpty().WithMessage(_ => Messages.PasswordRequired);
        RuleFor(i => i.ConfirmPassword).Equal(i => i.NewPassword).WithMessage(_ => Messages.PasswordsDiffer);
    }
}
