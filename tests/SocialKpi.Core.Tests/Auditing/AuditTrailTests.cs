using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Auditing;
using SocialKpi.Data;
using SocialKpi.Privacy;
using SocialKpi.TimeSpent;
using SocialKpi.Users;

namespace SocialKpi.Tests.Auditing;

public sealed class AuditTrailTests : ProspectFixture
{
    private async Task<AppUser> UserAsync(string role)
    {
        await using var scope = Database.Scope();
        return (await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync($"{role}-{Guid.NewGuid():N}@atelier.fr", $"Test {role}", "motdepasse42", role)).User!;
    }

    private async Task<AuditLines?> ListAsync(AuditQuery query, string? readerId)
    {
        await using var scope = Database.Scope();
        return await scope.ServiceProvider.GetRequiredService<AuditTrail>().ListAsync(query, readerId);
    }

    [Fact]
    public async Task A_setting_change_is_recorded_with_who_and_the_address_it_came_from()
    {
        var owner = await UserAsync(Roles.Owner);

        using (RequestOrigin.Use("203.0.113.7"))
        {
            await using var scope = Database.Scope();
            Assert.True((await scope.ServiceProvider.GetRequiredService<HourlyRate>().SetAsync("45", owner.Id)).Succeeded);
        }

        var page = await ListAsync(new AuditQuery { Action = AuditAction.SettingChanged }, owner.Id);
        var line = Assert.Single(page!.Lines);
        Assert.Equal(("hourly rate: 45", "203.0.113.7", owner.Id, Database.Clock.Now.UtcDateTime), (line.Detail, line.Address, line.UserId, line.At));
        Assert.Contains(owner.Email!, line.UserName);
    }

    [Fact]
    public async Task Nobody_can_change_an_entry_and_only_owners_read_the_log()
    {
        var member = await UserAsync(Roles.Member);
        var owner = await UserAsync(Roles.Owner);
        await using (var scope = Database.Scope())
            await scope.ServiceProvider.GetRequiredService<AuditTrail>().RecordAsync(AuditAction.ProspectViewed, member.Id, ProspectId);

        await using var db = Database.NewContext();
        var tampering = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.AuditEntries.ExecuteUpdateAsync(s => s.SetProperty(e => e.UserId, owner.Id)));

        Assert.Contains("The audit log cannot be changed.", tampering.Message);
        Assert.Null(await ListAsync(new AuditQuery(), member.Id));
        Assert.Equal(member.Id, Assert.Single((await ListAsync(new AuditQuery { ProspectId = ProspectId }, owner.Id))!.Lines).UserId);
    }

    [Fact]
    public async Task Sign_ins_and_failures_are_recorded_and_a_failure_keeps_the_email_typed()
    {
        var owner = await UserAsync(Roles.Owner);
        await using (var scope = Database.Scope())
        {
            var credentials = scope.ServiceProvider.GetRequiredService<Credentials>();
            await credentials.CheckAsync(owner.Email!, "motdepasse42");
            await credentials.CheckAsync("intrus@exemple.fr", "devine");
        }

        var lines = (await ListAsync(new AuditQuery(), owner.Id))!.Lines;

        Assert.Contains(lines, l => l.Action == AuditAction.SignedIn && l.UserId == owner.Id);
        Assert.Contains(lines, l => l.Action == AuditAction.SignInFailed && l.UserId == null && l.Detail == "intrus@exemple.fr");
    }

    [Fact]
    public async Task Exporting_and_erasing_a_persons_data_are_recorded_and_the_export_lists_the_log()
    {
        var owner = await UserAsync(Roles.Owner);
        await using (var db = Database.NewContext())
        {
            var data = new PersonalData(db, Database.Clock);
            var json = await data.ExportAsync(ProspectId, owner.Id);
            Assert.Contains("\"action\": \"PersonalDataExported\"", json);
            Assert.True((await new Erasure(db, Database.Clock).EraseAsync([ProspectId], owner.Id)).Succeeded);
        }

        var lines = (await ListAsync(new AuditQuery { ProspectId = ProspectId }, owner.Id))!.Lines;

        Assert.Equal([AuditAction.ProspectErased, AuditAction.PersonalDataExported], lines.Select(l => l.Action));
    }

    [Fact]
    public async Task Entries_older_than_the_retention_period_are_removed_and_the_csv_follows_the_filters()
    {
        var owner = await UserAsync(Roles.Owner);
        await using (var scope = Database.Scope())
        {
            var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
            await audit.RecordAsync(AuditAction.ListExported, owner.Id, detail: "/api/prospects.csv?q=vieux");
            Database.Clock.Now = Database.Clock.Now.AddDays(366);
            await audit.RecordAsync(AuditAction.ListExported, owner.Id, detail: "/api/prospects.csv?q==récent");
            // The old download and the adding of the owner, both a year and a day ago.
            Assert.Equal(2, await audit.PurgeAsync());
        }

        await using var db = Database.NewContext();
        var csv = await new AuditTrail(db, Database.Clock, new AuditRetention()).CsvAsync(new AuditQuery { Action = AuditAction.ListExported }, owner.Id);

        var rows = csv!.TrimEnd('\n').Split('\n');
        Assert.Equal("at,user,action,prospect_id,detail,address", rows[0]);
        Assert.Single(rows.Skip(1));
        Assert.EndsWith(",list_exported,,/api/prospects.csv?q==récent,", rows[1]);
    }
}
