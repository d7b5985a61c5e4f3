using Microsoft.AspNetCore.Identity;
using SocialKpi.Localization;

namespace SocialKpi.Users;

/// <summary>Identity's password and account errors in the user's language.</summary>
public sealed class LocalizedIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = Messages.PasswordTooShort(length) };
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = Messages.PasswordRequiresDigit };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = Messages.PasswordRequiresLower };
    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = Messages.PasswordRequiresUpper };
    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = Messages.PasswordRequiresNonAlphanumeric };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = Messages.PasswordRequiresUniqueChars(uniqueChars) };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = Messages.DuplicateEmail(email) };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateEmail), Description = Messages.DuplicateEmail(userName) };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = Messages.EmailInvalid };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidEmail), Description = Messages.EmailInvalid };
}
