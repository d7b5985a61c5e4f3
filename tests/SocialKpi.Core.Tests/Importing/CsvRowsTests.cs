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

    [Fact]
    public void A_quote_that_never_closes_is_an_error_on_its_line_not_a_cell_that_swallows_the_rows_after_it()
    {
        using var _ = new SocialKpi.Tests.CultureScope("en-GB");
        var file = "ref,name,note\nP1,Léa,\"she said \nP2,Marc,fine\nP3,Zoé,fine\n";

        var (rows, errors) = CsvRows.Read(new StringReader(file), Columns, ["ref"]);

        Assert.Empty(rows);
        var error = Assert.Single(errors);
        Assert.Equal(2, error.Line);
        Assert.StartsWith("A quote opens on this line and never closes", error.Message);
    }

    [Fact]
    public void Semicolons_separate_cells_when_the_header_uses_them_and_commas_stay_inside_cells()
    {
        var (rows, errors) = CsvRows.Read(new StringReader("ref;name;note\nP1;Martin, Léa;1,5 h\n"), Columns, ["ref"]);

        Assert.Empty(errors);
        Assert.Equal(("P1", "Martin, Léa", "1,5 h"), (rows[0]["ref"], rows[0]["name"], rows[0]["note"]));
        Assert.Equal(';', ImportFile.SeparatorOf("ref;name;note\n"));
        Assert.Equal(',', ImportFile.SeparatorOf("ref,name,\"a;b\"\n"));
    }

    [Fact]
    public void A_windows_1252_file_from_french_excel_is_read_as_such_and_utf_8_stays_utf_8()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var text = "ref;name\nP1;Hélène Müller\n";

        var excel = ImportFile.Decode(System.Text.Encoding.GetEncoding(1252).GetBytes(text));
        var utf8 = ImportFile.Decode(System.Text.Encoding.UTF8.GetBytes(text));
        var utf8WithBom = ImportFile.Decode([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)]);

        Assert.Equal((text, "Windows-1252", ';'), (excel.Text, excel.EncodingName, excel.Separator));
        Assert.Equal((text, "UTF-8"), (utf8.Text, utf8.EncodingName));
        Assert.Equal(text, utf8WithBom.Text);
        Assert.DoesNotContain('\uFFFD', excel.Text);
        Assert.StartsWith("Read as Windows-1252, cells separated by semicolons.", excel.Description);
    }
}
