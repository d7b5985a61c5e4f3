using SocialKpi.Importing;

namespace SocialKpi.Tests.Importing;

public sealed class CsvRowsTests
{
    private static readonly string[] Columns = ["ref", "name", "note"];

    [Fact]
    public void Quoted_cells_keep_commas_quotes_and_line_breaks_and_lines_are_counted_as_an_editor_shows_them()
    {
        var file = "\uFEFFRef,Name,Note\r\nP1,\"Martin, Léa\",\"said \"\"yes\"\"\r\nthen left\"\r\n\r\nP2,Marc,\r\nP3,\"Zoé\",last";

        var (rows, errors) = CsvRows.Read(new StringReader(file), Columns, ["ref"]);

        Assert.Empty(errors);
        Assert.Equal([2, 5, 6], rows.Select(r => r.Line));
        Assert.Equal("Martin, Léa", rows[0]["name"]);
        Assert.Equal("said \"yes\"\nthen left", rows[0]["note"]);
        Assert.Equal(("P2", "Marc", ""), (rows[1]["ref"], rows[1]["name"], rows[1]["note"]));
        Assert.Equal(("P3", "Zoé", "last"), (rows[2]["ref"], rows[2]["name"], rows[2]["note"]));
    }

    [Fact]
    public void Short_rows_get_empty_cells_and_an_empty_file_is_refused()
    {
        var (rows, _) = CsvRows.Read(new StringReader("ref,name,note\nP1\n"), Columns, ["ref"]);
        var (none, errors) = CsvRows.Read(new StringReader(""), Columns, ["ref"]);

        Assert.Equal(("P1", "", ""), (rows[0]["ref"], rows[0]["name"], rows[0]["note"]));
        Assert.Empty(none);
        Assert.Equal(1, Assert.Single(errors).Line);
    }
}
