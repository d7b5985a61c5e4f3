using AngleSharp.Dom;
using Bunit;
using SocialKpi.Activities;
using ProspectService = SocialKpi.Prospects.ProspectService;
using SocialKpi.Web.Features.Board;
using SocialKpi.Web.Features.Prospects;

namespace SocialKpi.Web.Tests.Security;

/// <summary>
/// Strings an attacker or a careless paste would send, through the services the forms call, then
/// read back on the pages: each is either refused with a message or shown as the text it is, never
/// run or turned into markup.
/// </summary>
public sealed class HostileInputTests : ComponentTest
{
    public static readonly TheoryData<string> Strings = new()
    {
        "<script>document.title='pwned'</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "javascript:alert(1)",
        "'; DROP TABLE Prospects; --",
        "Robert\"); DELETE FROM Activities; --",
        "{{7*7}} ${7*7} @(7*7)",
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "../../../../etc/passwd",
        "%00%0d%0aSet-Cookie: x=1",
        "Zoé 🦄 مرحبا 你好",
        "\u202Egnp.exe",
        "Null\0byte",
        "Bell\u0007",
    };

    [Theory]
    [MemberData(nameof(Strings))]
    public async Task A_hostile_name_and_summary_are_refused_or_shown_as_plain_text(string hostile)
    {
        var input = await QueryAsync(db => Builders.ProspectInputAsync(db, hostile, Me.Id));
        input.Notes = hostile;
        input.Company = hostile.Length <= 200 ? hostile : null;
        var created = await Run((ProspectService s) => s.CreateAsync(input, Me.Id));
        if (!created.Succeeded)
        {
            // Only invisible control characters are refused, with a message beside the field.
            Assert.True(hostile.Any(char.IsControl), string.Join("; ", created.Errors));
            Assert.Contains(created.Errors, e => e.PropertyName == "Name" && e.ErrorMessage == "Ce texte contient un caractère de contrôle invisible : saisissez-le à nouveau.");
            Assert.Equal(0, await QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Prospects)));
            return;
        }
        var id = created.Id!.Value;
        var logged = await Run((ActivityService s) => s.LogAsync(id, new ActivityInput { Kind = ActivityKind.Dm, Direction = Direction.Inbound, OccurredAt = "2026-11-22T08:00", Summary = hostile }, Me.Id));
        Assert.True(logged.Succeeded, string.Join("; ", logged.Errors));
        var shown = hostile.Replace("\u202E", "", StringComparison.Ordinal);

        var page = RenderPage<ProspectPage>($"/prospects/{id}", p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.Contains(shown, page.Find("[data-testid=prospect-header]").TextContent));
        var board = RenderPage<BoardPage>("/board");
        board.WaitForAssertion(() => Assert.Contains(shown, TextOf(board.Nodes)));

        foreach (var markup in new[] { page.Nodes, board.Nodes })
        {
            var elements = markup.OfType<IElement>().SelectMany(e => e.QuerySelectorAll("*").Prepend(e)).ToList();
            Assert.DoesNotContain(elements, e => e.LocalName is "script" or "svg" && e.TextContent.Contains("pwned", StringComparison.Ordinal));
            Assert.DoesNotContain(elements, e => e.LocalName == "img" && e.HasAttribute("onerror"));
            Assert.DoesNotContain(elements, e => e.HasAttribute("onload"));
            Assert.DoesNotContain(elements, e => e.GetAttribute("href")?.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) == true);
        }
        Assert.Contains(shown, page.Find("[data-testid=timeline]").TextContent);
    }

    private static string TextOf(INodeList nodes) => string.Concat(nodes.Select(n => n.TextContent));
}
