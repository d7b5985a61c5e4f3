using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Identity;
using SocialKpi.Common;
using SocialKpi.Localization;
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

        var resetEmail = new Option<string>("--email") { Description = "Sign-in e-mail of the user.", Required = true };
        var newPassword = new Option<string>("--password") { Description = "The new password.", Required = true };
        // "password" was its first name: scripts written for it keep working.
        var passwordCommand = new Command("reset-password", "Give a user a new password and end their sessions. / Change le mot de passe d'un utilisateur.") { resetEmail, newPassword };
        passwordCommand.Aliases.Add("password");
        CliDatabase.AddOptionsTo(passwordCommand);
        passwordCommand.SetAction((parseResult, _) => CliDatabase.RunAsync(parseResult, async services =>
        {
            var result = await services.GetRequiredService<UserAccounts>().SetPasswordAsync(parseResult.GetValue(resetEmail)!, parseResult.GetValue(newPassword)!);
            return await ReportAsync(result, $"New password set for {parseResult.GetValue(resetEmail)}; their sessions end within a minute.");
        }));

        var list = new Command("list", "Everyone who can or could sign in, with their role. / Liste les utilisateurs.");
        CliDatabase.AddOptionsTo(list);
        list.SetAction((parseResult, _) => CliDatabase.RunAsync(parseResult, async services =>
        {
            foreach (var user in await services.GetRequiredService<UserAccounts>().ListAsync())
                Console.WriteLine($"{user.Email}\t{user.DisplayName}\t{user.Role}\t{(user.IsActive ? "active" : "deactivated")}");
            return 0;
        }));

        var roleEmail = new Option<string>("--email") { Description = "Sign-in e-mail of the user.", Required = true };
        var newRole = new Option<string>("--role") { Description = "owner, member or viewer.", Required = true };
        newRole.AcceptOnlyFromAmong([.. Roles.All]);
        var setRole = new Command("set-role", "Give a user another role; their sessions end. / Change le rôle d'un utilisateur.") { roleEmail, newRole };
        CliDatabase.AddOptionsTo(setRole);
        setRole.SetAction((parseResult, _) => CliDatabase.RunAsync(parseResult, async services =>
        {
            var address = parseResult.GetValue(roleEmail)!;
            var result = await ChangeUserAsync(services, address, (accounts, id) => accounts.SetRoleAsync(id, parseResult.GetValue(newRole)!));
            return await ReportAsync(result, $"{address} is now {parseResult.GetValue(newRole)}.");
        }));

        return new Command("users", "Manage who can sign in. / Gère les utilisateurs.")
        {
            add, InviteCommand(), list, setRole, passwordCommand, ActivationCommand("deactivate", active: false), ActivationCommand("activate", active: true),
        };
    }

    /// <summary>For a server run without a browser at hand: the same one-time link as Settings → Users.</summary>
    private static Command InviteCommand()
    {
        var email = new Option<string>("--email") { Description = "The teammate's e-mail.", Required = true };
        var role = new Option<string>("--role") { Description = "owner, member or viewer.", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var url = new Option<string?>("--url") { Description = "The app's address, e.g. https://crm.example.fr, to print the whole link." };
        var command = new Command("invite", "Make a one-time link that lets a teammate join. / Crée un lien d'invitation à usage unique.") { email, role, url };
        CliDatabase.AddOptionsTo(command);
        command.SetAction((parseResult, _) => CliDatabase.RunAsync(parseResult, async services =>
        {
            var address = parseResult.GetValue(email)!.Trim();
            var made = await services.GetRequiredService<AccountLinks>().InviteAsync(address, parseResult.GetValue(role)!, actorId: null);
            if (!made.Succeeded)
            {
                foreach (var error in made.Errors)
                    await Console.Error.WriteLineAsync(error.ErrorMessage);
                return 1;
            }
            var link = $"{parseResult.GetValue(url)?.TrimEnd('/')}/account/invite/{made.Token}";
            Console.WriteLine($"Invitation for {address} ({parseResult.GetValue(role)}), once, until {made.ExpiresAt:yyyy-MM-dd HH:mm} UTC:");
            Console.WriteLine(link);
            return 0;
        }));
        return command;
    }

    private static Command ActivationCommand(string name, bool active)
    {
        var email = new Option<string>("--email") { Description = "Sign-in e-mail of the user.", Required = true };
        var command = new Command(name, active
            ? "Let a deactivated user sign in again. / Réactive un utilisateur."
            : "Stop a user from signing in and end their sessions. / Désactive un utilisateur.") { email };
        CliDatabase.AddOptionsTo(command);
        command.SetAction((parseResult, _) => CliDatabase.RunAsync(parseResult, async services =>
        {
            var address = parseResult.GetValue(email)!;
            var result = await ChangeUserAsync(services, address, (accounts, id) => accounts.SetActiveAsync(id, active));
            return await ReportAsync(result, active ? $"{address} can sign in again." : $"{address} is deactivated; their sessions end within a minute.");
        }));
        return command;
    }

    /// <summary>A change to the user with that sign-in e-mail, or why there is none.</summary>
    private static async Task<SaveResult> ChangeUserAsync(IServiceProvider services, string email, Func<UserAccounts, string, Task<SaveResult>> change)
    {
        var user = await services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email.Trim());
        return user is null
            ? SaveResult.Failed("Email", Messages.UserNotFound)
            : await change(services.GetRequiredService<UserAccounts>(), user.Id);
    }

    private static async Task<int> ReportAsync(SaveResult result, string done)
    {
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                await Console.Error.WriteLineAsync(error.ErrorMessage);
            return 1;
        }
        Console.WriteLine(done);
        return 0;
    }
}
