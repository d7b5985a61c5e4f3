using FluentValidation;
using SocialKpi.Localization;
using SocialKpi.Prospects;
using SocialKpi.Users;

namespace SocialKpi.Web.Features.Settings;

public sealed class InvitationInput
{
    public string Email { get; set; } = "";
    public string Role { get; set; } = Roles.Member;
}

public sealed class InvitationInputValidator : AbstractValidator<InvitationInput>
{
    public InvitationInputValidator()
    {
        RuleFor(i => i.Email).NotEmpty().WithMessage(_ => Messages.EmailRequired);
        RuleFor(i => i.Email).Must(ContactNormalizer.IsValidEmail).WithMessage(_ => Messages.EmailInvalid).When(i => !string.IsNullOrEmpty(i.Email));
        RuleFor(i => i.Role).Must(r => Roles.All.Contains(r)).WithMessage(_ => Messages.RoleUnknown);
    }
}
