using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace SocialKpi.Web.Tests.Shared;

public sealed class MudTextsTests : ComponentTest
{
    [Fact]
    public void MudBlazor_s_own_texts_are_in_French_for_a_French_user()
    {
        var localizer = Services.GetRequiredService<MudLocalizer>();

        Assert.Equal("Lignes par page :", localizer["MudDataGridPager_RowsPerPage"].Value);
        Assert.Equal("Fermer", localizer["MudDialog_Close"].Value);
    }

    [Fact]
    public void An_English_user_gets_MudBlazor_s_own_English()
    {
        UseCulture("en-GB");
        var localizer = Services.GetRequiredService<MudLocalizer>();

        Assert.True(localizer["MudDataGridPager_RowsPerPage"].ResourceNotFound);
    }

    [Fact]
    public async Task The_prospect_grid_pager_speaks_French()
    {
        await ProspectAsync("Hélène Léger", Me.Id);

        var list = RenderPage<SocialKpi.Web.Features.Prospects.ProspectList>("/prospects");

        list.WaitForAssertion(() => Assert.Contains("Lignes par page", list.Find(".mud-table-pagination").TextContent));
    }
}
