using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Users;

namespace SocialKpi.Cli.Commands;

internal static class UsersCommand
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "Sign-in e-mail.", Required = true };
        var password = new Option<string>("--password") { Description = "At least 10 characters with a digit and a lower-case letter.", Required = true };
        var name = new Option<string?>("--name") { Description = "Name shown to the team (default: the part of the e-mail before @)." };
        var role = new Option<string>("--role") { Description = "owner, member or viewer.", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.All]);

        var add = new Command("add", "Add a user who can sign in. / Ajoute un utilisateur.") { email, password, name, role };
        CliDatabase.AddOptionsTo(add);
        add.SetAction((parseResult, _) => CliDatabase.RunAsync(parseResult, async services =>
        {
            var address = parseResult.GetValue(email)!;
            var displayName = parseResult.GetValue(name) ?? address.Split('@')[0];
            var result = await services.GetRequiredService<UserAccounts>()
                .CreateAsync(address, displayName, parseResult.GetValue(password)!, parseResult.GetValue(role)!);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                    await Console.Error.WriteLineAsync($"{error.PropertyName}: {error.ErrorMessage}");
                return 1;
            }
            Console.WriteLine($"Added {result.User!.Email} as {parseResult.GetValue(role)}.");
            return 0;
        }));

        return new Command("users", "Manage who can sign in. / Gère les utilisateurs.") { add };
    }
}
