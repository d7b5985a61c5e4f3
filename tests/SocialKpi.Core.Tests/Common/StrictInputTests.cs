using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Activities;
using SocialKpi.Channels;
using SocialKpi.Common;
using SocialKpi.Importing;
using SocialKpi.Pipeline;
using SocialKpi.Privacy;
using SocialKpi.Prospects;
using SocialKpi.Sales;

namespace SocialKpi.Tests.Common;

/// <summary>
/// The Core refuses what no form would send, whoever calls it (a page, the command line, a future
/// API): values outside an enum, control characters, overlong text, implausible dates, malformed lists.
/// </summary>
public sealed class StrictInputTests : ProspectFixture
{
    private const string ControlCharacters = "This text holds an invisible control character: retype it.";

    private T Service<T>(AsyncServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    [Fact]
    public async Task Values_outside_an_enum_are_refused_not_saved_as_another_value()
    {
        using var _ = new CultureScope("en-GB");
        await using var scope = Database.Scope();

        var consent = await Service<ConsentService>(scope).RecordAsync(ProspectId,
            new ConsentInput { Purpose = (ConsentPurpose)99, Basis = ConsentBasis.Consent, Evidence = "Signed card", GivenOn = "2026-11-01" }, null);
        var activity = Builders.Dm(Database);
        activity.Direction = (Direction)42;
        var logged = await Service<ActivityService>(scope).LogAsync(ProspectId, activity, null);

        Assert.Equal("Choose what the consent is for: e-mail, call or SMS.", Assert.Single(consent.Errors).ErrorMessage);
        Assert.Equal("Choose who reached out: them or you.", Assert.Single(logged.Errors).ErrorMessage);
        await using var db = Database.NewContext();
        Assert.False(await db.Consents.AnyAsync());
    }

    [Fact]
    public async Task Control_characters_are_refused_in_every_kind_of_field()
    {
        using var _ = new CultureScope("en-GB");
        await using var scope = Database.Scope();
        await using var db = Database.NewContext();
        var prospect = await Builders.ValidProspectAsync(db, "Léa\0Martin");
        var activity = Builders.Dm(Database, "Hello\u0007");
        var sale = new SaleInput { Amount = "100", SoldOn = "2026-11-20", Note = "Site\u001bweb" };

        var created = await Service<ProspectService>(scope).CreateAsync(prospect, null);
        var logged = await Service<ActivityService>(scope).LogAsync(ProspectId, activity, null);
        var channel = await Service<ChannelService>(scope).CreateAsync(new ChannelInput { Name = "Tik\0Tok", Kind = ChannelKind.Social });
        var reason = await Service<LossReasons>(scope).AddAsync("Trop\0cher");
        var sold = await Service<SaleService>(scope).RecordAsync(ProspectId, sale, null);

        Assert.Equal(("Name", ControlCharacters), (Assert.Single(created.Errors).PropertyName, created.Errors[0].ErrorMessage));
        Assert.Equal(ControlCharacters, Assert.Single(logged.Errors).ErrorMessage);
        Assert.Equal(ControlCharacters, Assert.Single(channel.Errors).ErrorMessage);
        Assert.Equal(ControlCharacters, Assert.Single(reason.Errors).ErrorMessage);
        Assert.Contains(sold.Errors, e => e.PropertyName == "Note" && e.ErrorMessage == ControlCharacters);
    }

    [Fact]
    public async Task Line_breaks_stay_allowed_where_text_has_lines_and_direction_overrides_leave_names()
    {
        await using var scope = Database.Scope();
        await using var db = Database.NewContext();
        var prospect = await Builders.ValidProspectAsync(db, "L\u202Eéa Martin");
        prospect.Notes = "Met at the market.\nCall back in spring.";

        var created = await Service<ProspectService>(scope).CreateAsync(prospect, null);

        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        var saved = await db.Prospects.AsNoTracking().SingleAsync(p => p.Id == created.Id);
        Assert.Equal(("Léa Martin", "Met at the market.\nCall back in spring."), (saved.Name, saved.Notes));
    }

    [Fact]
    public async Task Lengths_hold_in_the_services_not_only_in_the_forms()
    {
        using var _ = new CultureScope("en-GB");
        await using var scope = Database.Scope();
        await using var db = Database.NewContext();
        var won = await db.Stages.SingleAsync(s => s.Outcome == StageOutcome.Won);
        var version = await db.Prospects.Where(p => p.Id == ProspectId).Select(p => p.Version).SingleAsync();

        var moved = await Service<ProspectService>(scope).ChangeStageAsync(ProspectId,
            new StageMoveInput { StageId = won.Id, Version = version, SaleAmount = "1500", SoldOn = "2026-11-20", SaleNote = new string('x', 10_000) }, null);

        Assert.Equal(("SaleNote", "This must be at most 200 characters."), (Assert.Single(moved.Errors).PropertyName, moved.Errors[0].ErrorMessage));
        Assert.False(await db.Sales.AnyAsync());
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("9999-12-31")]
    public void Dates_outside_1900_to_2100_are_not_dates(string text)
    {
        Assert.False(ActivityInput.TryParseDate(text, out _));
        Assert.False(Days.TryParseOptional(text, out _));
        Assert.False(ActivityInput.TryParseTime(text + "T10:00", out _));
    }

    [Fact]
    public async Task Two_handles_on_one_channel_are_refused_instead_of_one_vanishing()
    {
        using var _ = new CultureScope("en-GB");
        await using var scope = Database.Scope();
        await using var db = Database.NewContext();
        var prospect = await Builders.ValidProspectAsync(db, "Marc Dubois");
        var instagram = await db.Channels.Where(c => c.Name == "Instagram").Select(c => c.Id).SingleAsync();
        prospect.Handles = [new HandleInput { ChannelId = instagram, Handle = "marc.d" }, new HandleInput { ChannelId = instagram, Handle = "marc.dubois" }];

        var created = await Service<ProspectService>(scope).CreateAsync(prospect, null);

        Assert.Equal("Give at most one handle per channel.", Assert.Single(created.Errors).ErrorMessage);
    }

    [Fact]
    public async Task Channel_names_compare_across_case_in_every_alphabet_and_unicode_composition()
    {
        using var _ = new CultureScope("en-GB");
        await using var scope = Database.Scope();
        var channels = Service<ChannelService>(scope);
        Assert.True((await channels.CreateAsync(new ChannelInput { Name = "Événement local", Kind = ChannelKind.Local })).Succeeded);

        var lowerCase = await channels.CreateAsync(new ChannelInput { Name = "événement local", Kind = ChannelKind.Local });
        var decomposed = await channels.CreateAsync(new ChannelInput { Name = "E\u0301ve\u0301nement local", Kind = ChannelKind.Local });
        var reason = await Service<LossReasons>(scope).AddAsync("TOO EXPENSIVE");

        Assert.Equal("A channel named événement local already exists.", Assert.Single(lowerCase.Errors).ErrorMessage);
        Assert.False(decomposed.Succeeded);
        Assert.False(reason.Succeeded);
    }

    [Fact]
    public async Task A_database_holding_two_names_that_differ_by_case_still_imports_and_the_owner_merges_them()
    {
        await using var db = Database.NewContext();
        // Such pairs could be stored before names were compared by case folding.
        db.Channels.AddRange(new Channel { Name = "Salon pro", Kind = ChannelKind.Local }, new Channel { Name = "salon PRO", Kind = ChannelKind.Local });
        await db.SaveChangesAsync();
        var (older, newer) = (await db.Channels.SingleAsync(c => c.Name == "Salon pro"), await db.Channels.SingleAsync(c => c.Name == "salon PRO"));
        db.Prospects.Find(ProspectId)!.SourceChannelId = newer.Id;
        await db.SaveChangesAsync();

        var imported = await new HistoryImporter(db, Database.Clock).ActivitiesAsync(
            new StringReader("prospect_ref,occurred_at,channel,kind\n,2026-11-01,SALON PRO,meeting\n"), new ImportOptions());
        await using var scope = Database.Scope();
        var merged = await Service<ChannelService>(scope).MergeAsync(newer.Id, older.Id);

        Assert.DoesNotContain(imported.Errors, e => e.Column == "channel");
        Assert.True(merged.Succeeded);
        await using var after = Database.NewContext();
        Assert.Equal(older.Id, (await after.Prospects.FindAsync(ProspectId))!.SourceChannelId);
        Assert.False(await after.Channels.AnyAsync(c => c.Id == newer.Id));
    }

    [Fact]
    public async Task Imports_follow_the_forms_rules_for_amounts_dates_and_control_characters()
    {
        using var _ = new CultureScope("en-GB");
        await using var db = Database.NewContext();
        var importer = new HistoryImporter(db, Database.Clock);
        await importer.ProspectsAsync(new StringReader("ref,name,source_channel,created_at\nP1,Léa,Instagram,2026-03-14\n"), new ImportOptions());

        var sales = await importer.SalesAsync(new StringReader(
            "prospect_ref,sold_at,amount,note\nP1,2026-05-01,\"999,999,999,999,999\",\nP1,2099-05-01,100,\nP1,2026-05-01,\"1,2,3\",\nP1,2026-05-01,100,\"Web\0site\"\n"), new ImportOptions());

        Assert.False(sales.Written);
        Assert.Equal(
            [(2, "amount", "The estimated value must be below 1,000,000,000."), (3, "sold_at", "This has not happened yet: history cannot be in the future."),
             (4, "amount", "Enter an amount in euros, such as 1500 or 1 500,50."), (5, "note", ControlCharacters)],
            sales.Errors.Select(e => (e.Line, e.Column, e.Message)).OrderBy(e => e.Line));
        Assert.False(await db.Sales.AnyAsync());
    }
}
