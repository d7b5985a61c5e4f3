using SocialKpi.Web.Components.Shared;

namespace SocialKpi.Web.Tests.Shared;

public sealed class PagerTests
{
    private static Task<AngleSharp.Html.Dom.IHtmlDocument> RenderAsync(int page, int pageCount) =>
        ComponentRenderer.RenderAsync<Pager>("fr-FR", new()
        {
            [nameof(Pager.Page)] = page,
            [nameof(Pager.PageCount)] = pageCount,
            [nameof(Pager.Href)] = (Func<int, string>)(n => $"/prospects?q=x&page={n}"),
        });

    [Fact]
    public async Task A_middle_page_links_both_ways_and_keeps_the_query()
    {
        var page = await RenderAsync(2, 3);

        Assert.Equal("/prospects?q=x&page=1", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/prospects?q=x&page=3", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("Page 2 sur 3", page.QuerySelector("[aria-current=page]")!.TextContent);
    }

    [Fact]
    public async Task The_first_page_cannot_go_back()
    {
        var page = await RenderAsync(1, 3);

        Assert.Equal("true", page.QuerySelector("a[rel=prev]")!.GetAttribute("aria-disabled"));
    }

    [Fact]
    public async Task One_page_needs_no_pager()
    {
        var page = await RenderAsync(1, 1);

        Assert.Null(page.QuerySelector("nav"));
    }
}
