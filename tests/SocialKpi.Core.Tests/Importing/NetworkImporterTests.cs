using Microsoft.EntityFrameworkCore;
using SocialKpi.Common;
using SocialKpi.Importing;
using SocialKpi.Prospects;
using SocialKpi.Users;
using Microsoft.Extensions.DependencyInjection;

namespace SocialKpi.Tests.Importing;

/// <summary>LinkedIn's Connections.csv and Instagram's followers list, as the networks give them.</summary>
public sealed class NetworkImporterTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    // The preamble LinkedIn writes before the header, a company with a comma and quotes, an empty
    // e-mail, an accented slug, a connection without a profile, one with a date in the future.
    private const string Connections = """"
        Notes:
        "When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email.
        You can learn more here https://www.linkedin.com/help/linkedin/answer/261"

        First Name,Last Name,URL,Email Address,Company,Position,Connected On
        Léa,Martin,https://www.linkedin.com/in/lea-martin-4b2a1,lea@atelier-martin.fr,"Atelier Martin, ""Le Fil""",Gérante,06 Nov 2024
        Jean-François,Dubois,https://www.linkedin.com/in/jean-fran%C3%A7ois-dubois/,,Boulangerie Dubois,Artisan boulanger,15 Jan 2023
        Paul,Sans Profil,,,,,01 Mar 2024
        Zoé,Futur,https://www.linkedin.com/in/zoe-futur,,,,01 Jan 2030
        """";

    [Fact]
    public async Task LinkedIn_connections_come_in_after_the_preamble_with_their_company_position_and_date()
    {
        using var _ = new CultureScope("en-GB");
        await using var db = database.NewContext();

        var result = await new NetworkImporter(db, database.Clock).LinkedInAsync(Connections);

        Assert.Equal((2, 0, true), (result.Added, result.Known, result.Written));
        Assert.Equal([(8, "No profile address or user name that can be read."), (9, "The date \"01 Jan 2030\" cannot be read or is in the future.")],
            result.Refused.Select(r => (r.Line, r.Reason)));
        var lea = await db.Prospects.AsNoTracking().Include(p => p.SourceChannel).Include(p => p.Handles).SingleAsync(p => p.Name == "Léa Martin");
        Assert.Equal(("lea@atelier-martin.fr", "Atelier Martin, \"Le Fil\"", "Position: Gérante", "LinkedIn"), (lea.Email, lea.Company, lea.Notes, lea.SourceChannel!.Name));
        Assert.Equal("lea-martin-4b2a1", Assert.Single(lea.Handles).Handle);
        Assert.Equal(new DateOnly(2024, 11, 6), database.Clock.LocalDate(lea.CreatedAt));
        Assert.Equal(PerimeterRing.OnlineOnly, lea.Ring);
        var jean = await db.Prospects.AsNoTracking().Include(p => p.Handles).SingleAsync(p => p.Name == "Jean-François Dubois");
        Assert.Equal(("jean-francois-dubois", null), (Assert.Single(jean.Handles).Handle, jean.Email));
        Assert.Equal(2, await db.StageChanges.CountAsync());
    }

    [Fact]
    public async Task Importing_the_same_file_again_adds_nobody_and_an_e_mail_already_known_counts_as_known()
    {
        await using (var db = database.NewContext())
            Assert.Equal(2, (await new NetworkImporter(db, database.Clock).LinkedInAsync(Connections)).Added);
        await using (var db = database.NewContext())
        {
            // The same person found again under another profile address but the same e-mail.
            var again = Connections.Replace("lea-martin-4b2a1", "lea-martin-new", StringComparison.Ordinal);
            var result = await new NetworkImporter(db, database.Clock).LinkedInAsync(again);
            Assert.Equal((0, 2, false), (result.Added, result.Known, result.Written));
        }
        await using var check = database.NewContext();
        Assert.Equal(2, await check.Prospects.CountAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_LinkedIn_s_says_so_and_writes_nothing()
    {
        using var _ = new CultureScope("fr-FR");
        await using var db = database.NewContext();

        var result = await new NetworkImporter(db, database.Clock).LinkedInAsync("name,email\nLéa,lea@example.fr\n");

        Assert.Equal("Ce n’est pas le fichier Connections.csv de LinkedIn : aucune ligne ne commence par First Name,Last Name.", result.FileError);
        Assert.False(await db.Prospects.AnyAsync());
    }

    [Fact]
    public async Task Instagram_followers_come_in_from_both_shapes_of_the_export()
    {
        // Older exports: the name in value. Newer ones: the name in title, an href with /_u/, no value.
        const string followers = """
            [
              {"title": "", "media_list_data": [], "string_list_data": [{"href": "https://www.instagram.com/fleuriste.rose", "value": "fleuriste.rose", "timestamp": 1730890000}]},
              {"title": "cafe_des_arts", "string_list_data": [{"href": "https://www.instagram.com/_u/cafe_des_arts", "timestamp": 1700000000}]},
              {"title": "", "string_list_data": []},
              {"title": "fleuriste.rose", "string_list_data": [{"href": "https://www.instagram.com/_u/fleuriste.rose", "timestamp": 1730890000}]}
            ]
            """;
        await using var db = database.NewContext();

        var result = await new NetworkImporter(db, database.Clock).InstagramAsync(followers);

        // The fourth entry is the first one again, in the newer shape.
        Assert.Equal((2, 1, 1), (result.Added, result.Known, result.Refused.Count));
        Assert.Equal(3, result.Refused[0].Line);
        var names = await db.Prospects.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Name, p.CreatedAt, Source = p.SourceChannel!.Name }).ToListAsync();
        Assert.Equal(["cafe_des_arts", "fleuriste.rose"], names.Select(n => n.Name));
        Assert.All(names, n => Assert.Equal("Instagram", n.Source));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000).UtcDateTime, names[0].CreatedAt);
        var again = await new NetworkImporter(db, database.Clock).InstagramAsync(followers);
        Assert.Equal((0, 3), (again.Added, again.Known));
    }

    [Fact]
    public async Task Instagram_data_that_is_not_a_followers_list_says_so()
    {
        using var _ = new CultureScope("en-GB");
        await using var db = database.NewContext();

        var result = await new NetworkImporter(db, database.Clock).InstagramAsync("{\"not\": \"followers\"}");

        Assert.Equal("This is not Instagram's followers file: expected a JSON list of followers.", result.FileError);
    }

    [Theory]
    [InlineData("[{\"string_list_data\": []}]", ImportSource.Instagram)]
    [InlineData("\uFEFF{\"relationships_followers\": []}", ImportSource.Instagram)]
    [InlineData("ref,name,source_channel,created_at\nP1,Léa,Instagram,2026-01-01\n", null)]
    [InlineData("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n", ImportSource.LinkedIn)]
    public void The_wizard_recognises_a_network_s_export_by_its_content(string text, ImportSource? expected) =>
        Assert.Equal(expected, NetworkImporter.Recognise(text));

    [Fact]
    public void LinkedIn_s_export_is_recognised_after_its_notes() =>
        Assert.Equal(ImportSource.LinkedIn, NetworkImporter.Recognise(Connections));

    [Fact]
    public async Task From_the_wizard_the_people_added_carry_the_import_s_tag_and_a_viewer_adds_nobody()
    {
        string viewer;
        await using (var scope = database.Scope())
            viewer = (await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync("viewer@atelier.fr", "Viewer", "motdepasse42", Roles.Viewer)).User!.Id;
        await using var db = database.NewContext();

        var refused = await new NetworkImporter(db, database.Clock).LinkedInAsync(Connections, new ImportOptions { ActorId = viewer });
        var added = await new NetworkImporter(db, database.Clock).LinkedInAsync(Connections, new ImportOptions { Tag = "LinkedIn 2026" });

        Assert.NotNull(refused.FileError);
        Assert.Equal(2, added.Added);
        Assert.Equal(["linkedin 2026", "linkedin 2026"], await db.ProspectTags.Select(t => t.Name).ToListAsync());
    }
}
