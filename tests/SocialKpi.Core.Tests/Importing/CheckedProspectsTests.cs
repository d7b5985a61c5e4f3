using Microsoft.EntityFrameworkCore;
using SocialKpi.Importing;
using SocialKpi.Prospects;

namespace SocialKpi.Tests.Importing;

/// <summary>The wizard's import after its check: the checked rows are written unless the workspace changed meanwhile.</summary>
public sealed class CheckedProspectsTests : IAsyncLifetime
{
    private const string File = "ref,name,email,phone,handle,source_channel,created_at,ring,stage\n"
        + "P1,Léa Martin,lea@atelier.fr,,@lea,Instagram,2026-03-14,,\n"
        + "P2,Marc Dubois,,0611223344,,LinkedIn,2026-03-15,,\n";

    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task<ImportResult> ImportAsync(TextReader file, ImportOptions options)
    {
        await using var db = database.NewContext();
        return await new HistoryImporter(db, database.Clock).ProspectsAsync(file, options);
    }

    [Fact]
    public async Task The_import_after_a_check_writes_the_checked_rows_without_reading_the_file_again()
    {
        var check = await ImportAsync(new StringReader(File), new ImportOptions { DryRun = true });
        Assert.NotNull(check.Checked);

        var file = new WatchedReader(File);
        var result = await ImportAsync(file, new ImportOptions { Checked = check.Checked, Tag = "salon" });

        Assert.False(file.WasRead);
        Assert.True(result.Written);
        Assert.Equal((2, 2), (result.Rows, result.Created));
        await using var db = database.NewContext();
        var prospects = await db.Prospects.Include(p => p.Tags).Include(p => p.SourceChannel).OrderBy(p => p.ExternalRef).ToListAsync();
        Assert.Equal(["Léa Martin", "Marc Dubois"], prospects.Select(p => p.Name));
        Assert.Equal(["Instagram", "LinkedIn"], prospects.Select(p => p.SourceChannel!.Name));
        Assert.All(prospects, p => Assert.Equal(["salon"], p.Tags.Select(t => t.Name)));
        Assert.Equal("lea", (await db.ProspectHandles.SingleAsync()).Handle);
    }

    [Fact]
    public async Task A_write_since_the_check_makes_the_import_check_the_file_again()
    {
        var check = await ImportAsync(new StringReader(File), new ImportOptions { DryRun = true });
        // Meanwhile someone else imports a prospect with the same ref (another process would do the same).
        await ImportAsync(new StringReader("ref,name,source_channel,created_at\nP2,Marc D.,LinkedIn,2026-03-15\n"), new ImportOptions());

        var file = new WatchedReader(File);
        var result = await ImportAsync(file, new ImportOptions { Checked = check.Checked });

        Assert.True(file.WasRead);
        Assert.False(result.Written);
        Assert.Equal(("ref", 3), (Assert.Single(result.Errors).Column, result.Errors[0].Line));
        Assert.Equal(1, await CountProspectsAsync());
    }

    private static readonly Dictionary<string, string> Columns = new() { ["ref"] = "ref", ["name"] = "name", ["source_channel"] = "source_channel", ["created_at"] = "created_at" };

    [Fact]
    public async Task The_same_columns_are_the_same_check_and_it_serves_one_import_only()
    {
        var check = await ImportAsync(new StringReader(File), new ImportOptions { DryRun = true, Columns = Columns });

        var first = new WatchedReader(File);
        var imported = await ImportAsync(first, new ImportOptions { Checked = check.Checked, Columns = new Dictionary<string, string>(Columns) });
        Assert.False(first.WasRead);
        Assert.Equal(2, imported.Created);
        // The check's columns left the e-mail out.
        Assert.Equal(0, await CountProspectsAsync(p => p.Email != null));

        var second = new WatchedReader(File);
        var again = await ImportAsync(second, new ImportOptions { Checked = check.Checked, Columns = Columns });
        Assert.True(second.WasRead);
        Assert.False(again.Written);
        Assert.Equal(2, await CountProspectsAsync());
    }

    [Fact]
    public async Task An_import_with_other_columns_checks_the_file_again()
    {
        var check = await ImportAsync(new StringReader(File), new ImportOptions { DryRun = true, Columns = Columns });

        var file = new WatchedReader(File);
        var imported = await ImportAsync(file, new ImportOptions { Checked = check.Checked, Columns = new Dictionary<string, string>(Columns) { ["email"] = "email" } });

        Assert.True(file.WasRead);
        Assert.Equal(2, imported.Created);
        Assert.Equal(1, await CountProspectsAsync(p => p.Email == "lea@atelier.fr"));
    }

    [Fact]
    public async Task An_import_that_no_longer_creates_unknown_channels_checks_the_file_again()
    {
        const string pigeons = "ref,name,source_channel,created_at\nP1,Léa Martin,Carrier pigeon,2026-03-14\n";
        var check = await ImportAsync(new StringReader(pigeons), new ImportOptions { DryRun = true, CreateChannels = true });
        Assert.True(check.Succeeded);

        var result = await ImportAsync(new StringReader(pigeons), new ImportOptions { Checked = check.Checked });

        Assert.Equal("source_channel", Assert.Single(result.Errors).Column);
        Assert.Equal(0, await CountProspectsAsync());
    }

    private async Task<int> CountProspectsAsync(System.Linq.Expressions.Expression<Func<Prospect, bool>>? where = null)
    {
        await using var db = database.NewContext();
        return await db.Prospects.CountAsync(where ?? (_ => true));
    }

    /// <summary>A file that says whether the importer read it.</summary>
    private sealed class WatchedReader(string text) : StringReader(text)
    {
        public bool WasRead { get; private set; }

        public override int Read(char[] buffer, int index, int count)
        {
            WasRead = true;
            return base.Read(buffer, index, count);
        }

        public override int Read(Span<char> buffer)
        {
            WasRead = true;
            return base.Read(buffer);
        }

        public override string? ReadLine()
        {
            WasRead = true;
            return base.ReadLine();
        }

        public override int Read()
        {
            WasRead = true;
            return base.Read();
        }

        public override int Peek()
        {
            WasRead = true;
            return base.Peek();
        }

        public override string ReadToEnd()
        {
            WasRead = true;
            return base.ReadToEnd();
        }
    }
}
