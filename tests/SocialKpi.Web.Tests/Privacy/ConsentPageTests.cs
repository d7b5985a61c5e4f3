using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Web.Features.Privacy;

namespace SocialKpi.Web.Tests.Privacy;

public sealed class ConsentPageTests : ComponentTest
{
    [Fact]
    public async Task Recording_a_consent_shows_it_in_the_history_and_withdrawing_it_dates_it()
    {
        var id = await ProspectAsync("Hélène Léger", Me.Id);
        var page = RenderPage<ConsentPage>($"/prospects/{id}/consents", p => p.Add(x => x.Id, id));
        page.WaitForElement("#evidence");

        await page.Find("#evidence").ChangeAsync(new ChangeEventArgs { Value = "Signed the form at the shop" });
        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains("Signed the form at the shop", page.Find("[data-testid=consent-history]").TextContent));
        await page.Find("[data-testid=consent-history] button").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Contains("Retiré", page.Find("[data-testid=consent-history]").TextContent, StringComparison.OrdinalIgnoreCase));
        Assert.NotNull(await QueryAsync(db => db.Consents.Select(c => c.WithdrawnAt).SingleAsync()));
    }

    [Fact]
    public async Task A_consent_without_its_proof_is_refused_beside_the_field()
    {
        var id = await ProspectAsync("Hélène Léger", Me.Id);
        var page = RenderPage<ConsentPage>($"/prospects/{id}/consents", p => p.Add(x => x.Id, id));
        page.WaitForElement("#evidence");

        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-input-error")));
        Assert.Equal(0, await QueryAsync(db => db.Consents.CountAsync()));
    }
}
