using FluentValidation;
using SocialKpi.Localization;
using SocialKpi.Prospects;
using SocialKpi.Users;

namespace SocialKpi.Web.Features.Settings;

public sealed class NewUserInput
{
    public string DisplayName { get; set; } = "";
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public string Role { get; set; } = Roles.Member;
}

public sealed class NewUserInputValidator : AbstractValidator<NewUserInput>
{
    public NewUserInputValidator()
    {
        RuleFor(i => i.DisplayName).NotEmpty().WithMessage(_ => Messages.DisplayNameRequired);
        RuleFor(i => i.Email).NotEmpty().WithMessage(_ => Messages.EmailRequired);
        RuleFor(i => i.Email).Must(ContactNormalizer.IsValidEmail).WithMessage(_ => Messages.EmailInvalid).When(i => !string.IsNullOrEmpty(i.Email));
        RuleFor(i => i.Password).NotEmpty().WithMessage(_ => Messages.PasswordRequired);
        RuleFor(i => i.Role).Must(r => Roles.All.Contains(r)).WithMessage(_ => Messages.RoleUnknown);
    }
}
