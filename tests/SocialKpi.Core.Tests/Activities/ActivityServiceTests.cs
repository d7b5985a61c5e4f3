using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Activities;
using SocialKpi.Privacy;
using SocialKpi.Prospects;

namespace SocialKpi.Tests.Activities;

public sealed class ActivityServiceTests : ProspectFixture
{
    private async Task<T> WithAsync<T>(Func<ActivityService, Task<T>> use)
    {
        await using var scope = Database.Scope();
        return await use(scope.ServiceProvider.GetRequiredService<ActivityService>());
    }

    private async Task<Prospect> ProspectAsync()
    {
        await using var db = Database.NewContext();
        return await db.Prospects.AsNoTracking().SingleAsync(p => p.Id == ProspectId);
    }

    [Fact]
    public async Task A_logged_touch_moves_the_prospect_last_activity_and_next_step_without_changing_its_version()
    {
        Database.Clock.Now = Database.Clock.Now.AddHours(3);
        var input = Builders.Dm(Database);
        input.NextStep = "Send the price list";
        input.NextStepDue = "2026-11-25";

        var result = await WithAsync(s => s.LogAsync(ProspectId, input, actorId: null));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var prospect = await ProspectAsync();
        Assert.Equal(Database.Clock.Now.AddHours(-1).UtcDateTime, prospect.LastActivityAt);
        Assert.Equal(("Send the price list", new DateOnly(2026, 11, 25)), (prospect.NextStep, prospect.NextStepDue));
        Assert.Equal(0, prospect.Version);
    }

    [Fact]
    public async Task The_prospect_shows_its_earliest_open_next_step()
    {
        foreach (var (step, due) in new[] { ("Call back", "2026-12-01"), ("Drop by the shop", "2026-11-24") })
        {
            var input = Builders.Dm(Database);
            (input.NextStep, input.NextStepDue) = (step, due);
            await WithAsync(s => s.LogAsync(ProspectId, input, null));
        }

        Assert.Equal("Drop by the shop", (await ProspectAsync()).NextStep);

        await using var db = Database.NewContext();
        var earliest = await db.Activities.SingleAsync(a => a.NextStep == "Drop by the shop");
        await WithAsync(s => s.CompleteNextStepAsync(earliest.Id));
        Assert.Equal("Call back", (await ProspectAsync()).NextStep);
    }

    [Fact]
    public async Task The_form_starts_on_the_channel_last_used_with_the_prospect_else_its_source()
    {
        Assert.Equal(1, (await WithAsync(s => s.NewInputAsync(ProspectId))).ChannelId);

        var call = Builders.Dm(Database);
        call.ChannelId = 13;
        await WithAsync(s => s.LogAsync(ProspectId, call, null));

        var fresh = await WithAsync(s => s.NewInputAsync(ProspectId));
        Assert.Equal(13, fresh.ChannelId);
        Assert.Equal(Builders.Local(Database, Database.Clock.Now), fresh.OccurredAt);
    }

    [Fact]
    public async Task An_outbound_email_without_a_basis_is_refused_with_what_is_missing_and_nothing_is_saved()
    {
        using var _ = new CultureScope("en-GB");
        var email = Builders.Dm(Database, "Sent our brochure");
        (email.Kind, email.Direction) = (ActivityKind.Email, Direction.Outbound);

        var result = await WithAsync(s => s.LogAsync(ProspectId, email, null));

        var message = Assert.Single(result.Errors).ErrorMessage;
        Assert.StartsWith("You cannot log an outbound e-mail to Hélène Léger: there is no valid GDPR basis for it.", message);
        Assert.Contains("Record their consent (with its proof) or a legitimate interest (with a note)", message);
        await using var db = Database.NewContext();
        Assert.False(await db.Activities.AnyAsync());
    }

    [Fact]
    public async Task With_a_recorded_consent_the_same_email_is_logged_and_a_withdrawal_stops_the_next()
    {
        await using (var scope = Database.Scope())
        {
            var consent = await scope.ServiceProvider.GetRequiredService<ConsentService>().RecordAsync(ProspectId, new ConsentInput
            {
                Purpose = ConsentPurpose.Email,
                Basis = ConsentBasis.Consent,
                Evidence = "Ticked the newsletter box at the shop",
                GivenOn = "2026-11-01",
            }, null);
            Assert.True(consent.Succeeded);
        }
        var email = Builders.Dm(Database);
        (email.Kind, email.Direction) = (ActivityKind.Email, Direction.Outbound);
        Assert.True((await WithAsync(s => s.LogAsync(ProspectId, email, null))).Succeeded);

        await using (var scope = Database.Scope())
        {
            var consents = scope.ServiceProvider.GetRequiredService<ConsentService>();
            var active = (await consents.StateAsync(ProspectId)).Single(s => s.Purpose == ConsentPurpose.Email).Active!;
            Assert.True((await consents.WithdrawAsync(ProspectId, active.Id)).Succeeded);
        }
        email.OccurredAt = Builders.Local(Database, Database.Clock.Now);
        Assert.False((await WithAsync(s => s.LogAsync(ProspectId, email, null))).Succeeded);
    }

    [Fact]
    public async Task An_inbound_call_needs_no_basis()
    {
        var call = Builders.Dm(Database);
        (call.Kind, call.Direction) = (ActivityKind.Call, Direction.Inbound);

        Assert.True((await WithAsync(s => s.LogAsync(ProspectId, call, null))).Succeeded);
    }

    [Fact]
    public async Task Bad_times_durations_and_next_steps_get_their_own_messages()
    {
        using var _ = new CultureScope("fr-FR");
        var input = Builders.Dm(Database);
        input.OccurredAt = "hier";
        input.DurationMinutes = "une heure";
        input.NextStepDue = "2026-11-30";

        var errors = (await WithAsync(s => s.LogAsync(ProspectId, input, null))).Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);

        Assert.Equal("Indiquez quand c'est arrivé, avec une date et une heure.", errors["OccurredAt"]);
        Assert.Equal("Indiquez une durée en minutes entières, de 0 à 1440.", errors["DurationMinutes"]);
        Assert.Equal("Précisez la prochaine étape.", errors["NextStep"]);
    }

    [Fact]
    public async Task A_touch_in_the_future_is_refused()
    {
        var input = Builders.Dm(Database);
        input.OccurredAt = Builders.Local(Database, Database.Clock.Now.AddHours(2));

        var result = await WithAsync(s => s.LogAsync(ProspectId, input, null));

        Assert.Equal("OccurredAt", Assert.Single(result.Errors).PropertyName);
    }

    [Fact]
    public async Task Editing_and_deleting_keep_what_the_activity_said_in_the_history()
    {
        var logged = await WithAsync(s => s.LogAsync(ProspectId, Builders.Dm(Database, "First words"), null));
        var edit = Builders.Dm(Database, "Better words");

        Assert.True((await WithAsync(s => s.UpdateAsync(logged.Id!.Value, edit, null))).Succeeded);
        Assert.True((await WithAsync(s => s.DeleteAsync(logged.Id!.Value, null))).Succeeded);

        await using var db = Database.NewContext();
        Assert.False(await db.Activities.AnyAsync());
        var events = await db.ProspectEvents.OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([ProspectEventKind.ActivityEdited, ProspectEventKind.ActivityDeleted], events.Select(e => e.Kind));
        Assert.Equal(["First words", "Better words"], events.Select(e => ActivitySnapshot.FromJson(e.Before)!.Summary));
    }

    [Fact]
    public async Task Snoozing_moves_the_follow_up_to_a_later_day()
    {
        var input = Builders.Dm(Database);
        (input.NextStep, input.NextStepDue) = ("Call back", "2026-11-22");
        var logged = await WithAsync(s => s.LogAsync(ProspectId, input, null));

        await WithAsync(s => s.SnoozeAsync(logged.Id!.Value, new DateOnly(2026, 11, 29)));

        Assert.Equal(new DateOnly(2026, 11, 29), (await ProspectAsync()).NextStepDue);
    }
}
