using SocialKpi.Importing;

namespace SocialKpi.Tests.Importing;

public sealed class ImportMappingTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public void French_and_English_headers_are_guessed_and_each_column_taken_once()
    {
        var guess = ImportMappings.Guess(ImportKind.Prospects, ["N°", "Nom complet", "Adresse e-mail", "Tél.", "Société", "Origine", "Date de création", "E-mail", "Divers"]);

        Assert.Equal("ref", guess["N°"]);
        Assert.Equal("name", guess["Nom complet"]);
        Assert.Equal("email", guess["Adresse e-mail"]);
        Assert.Equal("phone", guess["Tél."]);
        Assert.Equal("company", guess["Société"]);
        Assert.Equal("source_channel", guess["Origine"]);
        Assert.Equal("created_at", guess["Date de création"]);
        // The e-mail column is already taken; an unknown header stays unmapped.
        Assert.False(guess.ContainsKey("E-mail"));
        Assert.False(guess.ContainsKey("Divers"));
    }

    [Fact]
    public async Task A_mapped_file_imports_under_its_own_headers_and_unmapped_columns_are_ignored()
    {
        await using var db = database.NewContext();
        var mapping = new Dictionary<string, string> { ["Code"] = "ref", ["Qui"] = "name", ["Canal"] = "source_channel", ["Jour"] = "created_at" };

        var result = await new HistoryImporter(db, database.Clock).ProspectsAsync(
            new StringReader("Code;Qui;Canal;Jour;name\nA1;Léa Martin;Instagram;2026-03-14;ignorée\n"),
            new ImportOptions { Columns = mapping, Tag = "Salon 2026" });

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var prospect = db.Prospects.Single();
        Assert.Equal(("A1", "Léa Martin"), (prospect.ExternalRef, prospect.Name));
        Assert.Equal("salon 2026", db.ProspectTags.Single().Name);
    }

    [Fact]
    public async Task A_mapping_used_once_is_suggested_again_for_the_same_headers()
    {
        await using var db = database.NewContext();
        var mappings = new ImportMappings(db, database.Clock);
        string[] headers = ["Code", "Qui", "Canal", "Jour"];

        await mappings.RememberAsync(ImportKind.Prospects, headers, new Dictionary<string, string> { ["Code"] = "ref", ["Qui"] = "name", ["Canal"] = "source_channel", ["Jour"] = "created_at" });
        var (again, remembered) = await mappings.SuggestAsync(ImportKind.Prospects, ["code", "QUI", "Canal ", "Jour"]);
        var (other, otherRemembered) = await mappings.SuggestAsync(ImportKind.Sales, headers);

        Assert.True(remembered);
        // The same headers written differently still find their columns, under the file's own spelling.
        Assert.Equal(("ref", "name", "source_channel", "created_at"), (again["code"], again["QUI"], again["Canal "], again["Jour"]));
        // Another kind of file with these headers is guessed, not remembered.
        Assert.False(otherRemembered);
        Assert.DoesNotContain("name", other.Values);
    }
}
