using Microsoft.EntityFrameworkCore;
using SocialKpi.Importing;
using SocialKpi.Prospects;

namespace SocialKpi.Tests.Importing;

/// <summary>The wizard's duplicates step, in Core: groups found within the file and against the workspace, and each choice.</summary>
public sealed class ImportDuplicatesTests : IAsyncLifetime
{
    private const string Header = "ref,name,email,phone,handle,source_channel,created_at,ring,stage\n";

    // Line 2 is Léa again (her e-mail, typed differently); lines 3 and 4 are one Marc (the same phone);
    // line 5 has Léa's Instagram name, but on LinkedIn, where it may be someone else.
    private const string File = """
        N1,Léa M.,LEA@Atelier.fr,06 11 22 33 44,,Instagram,2026-02-01,,
        N2,Marc,,06 99 88 77 66,,Referral,2026-02-01,,
        N3,Marc Dubois,marc@dubois.fr,+33 6 99 88 77 66,@marcd,Instagram,2026-02-02,,
        N4,Lea Insta,,,@lea,LinkedIn,2026-02-03,,
        """;

    private TestDatabase database = null!;
    private int lea;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        Assert.True((await ImportAsync("E1,Léa Martin,lea@atelier.fr,,@lea,Instagram,2026-01-10,,\n", new ImportOptions())).Written);
        await using var db = database.NewContext();
        lea = await db.Prospects.Where(p => p.ExternalRef == "E1").Select(p => p.Id).SingleAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task<ImportResult> ImportAsync(string rows, ImportOptions options)
    {
        await using var db = database.NewContext();
        return await new HistoryImporter(db, database.Clock).ProspectsAsync(new StringReader(Header + rows), options);
    }

    [Fact]
    public async Task A_check_lists_duplicates_by_email_phone_and_handle_on_the_same_network()
    {
        using var _ = new CultureScope("en-GB");

        var check = await ImportAsync(File, new ImportOptions { DryRun = true });

        Assert.True(check.Succeeded);
        Assert.Equal(
            [
                new DuplicateGroup(2, "e-mail lea@atelier.fr", [2], lea, "Léa Martin"),
                new DuplicateGroup(3, "phone +33699887766", [3, 4], null, null),
            ],
            check.Duplicates,
            new GroupComparer());
    }

    [Fact]
    public async Task The_match_is_said_in_French_too()
    {
        using var _ = new CultureScope("fr-FR");

        var check = await ImportAsync(File, new ImportOptions { DryRun = true });

        Assert.Equal(["courriel lea@atelier.fr", "téléphone +33699887766"], check.Duplicates.Select(g => g.Match));
    }

    [Fact]
    public async Task Fill_completes_what_is_empty_and_never_overwrites()
    {
        var result = await ImportAsync(File, new ImportOptions { Duplicates = DuplicateChoice.Fill, Tag = "salon 2026" });

        Assert.True(result.Written);
        Assert.Equal((2, 1, 2), (result.Created, result.Filled, result.Skipped));
        await using var db = database.NewContext();
        var existing = await db.Prospects.Include(p => p.Tags).SingleAsync(p => p.Id == lea);
        // Her name and ref stay; the phone she had not given comes from the file, and the import's tag marks her.
        Assert.Equal(("Léa Martin", "E1", "+33611223344"), (existing.Name, existing.ExternalRef, existing.Phone));
        Assert.Equal(["salon 2026"], existing.Tags.Select(t => t.Name));
        // The second Marc row is not a prospect of its own: it gave the first its e-mail.
        var marc = await db.Prospects.SingleAsync(p => p.ExternalRef == "N2");
        Assert.Equal("marc@dubois.fr", marc.Email);
        Assert.False(await db.Prospects.AnyAsync(p => p.ExternalRef == "N1" || p.ExternalRef == "N3"));
        Assert.True(await db.Prospects.AnyAsync(p => p.ExternalRef == "N4"));
    }

    [Fact]
    public async Task Each_group_can_have_its_own_choice()
    {
        var result = await ImportAsync(File, new ImportOptions { Duplicates = DuplicateChoice.Fill, DuplicateChoices = new Dictionary<int, DuplicateChoice> { [2] = DuplicateChoice.Create, [3] = DuplicateChoice.Skip } });

        Assert.Equal((3, 0, 1), (result.Created, result.Filled, result.Skipped));
        await using var db = database.NewContext();
        Assert.Equal(["E1", "N1", "N2", "N4"], await db.Prospects.OrderBy(p => p.ExternalRef).Select(p => p.ExternalRef).ToListAsync());
        Assert.Null((await db.Prospects.SingleAsync(p => p.ExternalRef == "N2")).Email);
        Assert.Null((await db.Prospects.SingleAsync(p => p.Id == lea)).Phone);
    }

    [Fact]
    public async Task Without_a_choice_every_row_is_created_as_before()
    {
        var result = await ImportAsync(File, new ImportOptions());

        Assert.Equal((4, 0, 0), (result.Created, result.Filled, result.Skipped));
        Assert.Equal(2, result.Duplicates.Count);
        await using var db = database.NewContext();
        Assert.Equal(5, await db.Prospects.CountAsync());
    }

    private sealed class GroupComparer : IEqualityComparer<DuplicateGroup>
    {
        public bool Equals(DuplicateGroup? x, DuplicateGroup? y) =>
            x is not null && y is not null && (x.Id, x.Match, x.ExistingId, x.ExistingName) == (y.Id, y.Match, y.ExistingId, y.ExistingName) && x.Lines.SequenceEqual(y.Lines);

        public int GetHashCode(DuplicateGroup obj) => obj.Id;
    }
}
