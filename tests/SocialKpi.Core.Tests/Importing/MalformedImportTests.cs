using System.Text;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Importing;

namespace SocialKpi.Tests.Importing;

/// <summary>
/// Files as they arrive from other tools, broken in the ways files break: every one gets row errors
/// or a clean import, never an exception, and a refused file writes nothing at all.
/// </summary>
public sealed class MalformedImportTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    public static readonly TheoryData<string, byte[]> Files = new()
    {
        { "empty", [] },
        { "only a BOM", [0xEF, 0xBB, 0xBF] },
        { "header only", Utf8("ref,name,source_channel,created_at\n") },
        { "wrong header", Utf8("id;nom;canal;date\n1;Léa;Instagram;2026-03-14\n") },
        { "binary", Enumerable.Range(0, 4096).Select(i => (byte)(i * 31 % 256)).ToArray() },
        { "unclosed quote", Utf8("ref,name,source_channel,created_at\nP1,\"Léa,Instagram,2026-03-14\nP2,Marc,Instagram,2026-03-14\n") },
        { "quote in the middle of a cell", Utf8("ref,name,source_channel,created_at\nP1,Lé\"a,Instagram,2026-03-14\n") },
        { "NUL in a cell", Utf8("ref,name,source_channel,created_at\nP1,Léa\0,Instagram,2026-03-14\n") },
        { "a 100,000-character cell", Utf8("ref,name,source_channel,created_at\nP1," + new string('a', 100_000) + ",Instagram,2026-03-14\n") },
        { "more cells than columns", Utf8("ref,name,source_channel,created_at\nP1,Léa,Instagram,2026-03-14,extra,extra\nP2,Marc,Instagram,2026-03-15\n") },
        { "old Mac line endings", Utf8("ref,name,source_channel,created_at\rP1,Léa,Instagram,2026-03-14\r") },
        { "date in year 1", Utf8("ref,name,source_channel,created_at\nP1,Léa,Instagram,0001-01-01\n") },
        { "date in 2099", Utf8("ref,name,source_channel,created_at\nP1,Léa,Instagram,2099-01-01\n") },
        { "numeric enum", Utf8("ref,name,source_channel,created_at,ring\nP1,Léa,Instagram,2026-03-14,1\n") },
        { "UTF-16 with a BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("ref,name,source_channel,created_at\nP1,Léa,Instagram,2026-03-14\n")] },
    };

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Theory]
    [MemberData(nameof(Files))]
    public async Task A_broken_file_gets_errors_and_writes_nothing_or_imports_cleanly(string kind, byte[] bytes)
    {
        var file = ImportFile.Decode(bytes);
        await using var db = database.NewContext();

        var result = await new HistoryImporter(db, database.Clock).ProspectsAsync(new StringReader(file.Text), new ImportOptions());

        var stored = await db.Prospects.Select(p => p.Name).ToListAsync();
        if (result.Succeeded)
        {
            Assert.True(result.Written, kind);
            Assert.All(stored, name => Assert.DoesNotContain('\uFFFD', name));
            Assert.All(stored, name => Assert.DoesNotContain(name, char.IsControl));
        }
        else
        {
            Assert.False(result.Written, kind);
            Assert.Empty(stored);
            Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        }
        Assert.Equal(ExpectedToImport.Contains(kind), result.Succeeded);
    }

    /// <summary>The only ones a user would call valid.</summary>
    private static readonly string[] ExpectedToImport = ["old Mac line endings", "UTF-16 with a BOM"];
}
