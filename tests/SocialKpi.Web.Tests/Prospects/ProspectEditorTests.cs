using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Web.Features.Prospects;

namespace SocialKpi.Web.Tests.Prospects;

public sealed class ProspectEditorTests : ComponentTest
{
    [Fact]
    public async Task A_new_prospect_without_a_name_or_source_is_refused_field_by_field()
    {
        var editor = RenderPage<ProspectEditor>("/prospects/new");
        editor.WaitForElement("form");

        await editor.Find("form").SubmitAsync();

        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll(".mud-input-helper-text.mud-input-error, .mud-input-error")));
        Assert.Contains("nom", editor.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await QueryAsync(db => db.Prospects.CountAsync()));
    }

    [Fact]
    public async Task A_new_prospect_is_saved_and_the_user_lands_on_its_page()
    {
        var editor = RenderPage<ProspectEditor>("/prospects/new");
        editor.WaitForElement("#name");

        await editor.Find("#name").ChangeAsync(new ChangeEventArgs { Value = "Fleuriste Rose" });
        await ChooseAsync(editor.FindComponents<MudBlazor.MudSelect<int>>()[0], "Instagram");
        await editor.Find("form").SubmitAsync();

        var navigation = Services.GetRequiredService<NavigationManager>();
        editor.WaitForAssertion(() => Assert.Matches(@"/prospects/\d+$", navigation.Uri));
        var saved = await QueryAsync(db => db.Prospects.Include(p => p.SourceChannel).SingleAsync());
        Assert.Equal("Fleuriste Rose", saved.Name);
        Assert.Equal("Instagram", saved.SourceChannel!.Name);
        Assert.Equal(Me.Id, saved.OwnerId);
    }

    [Fact]
    public async Task A_possible_duplicate_is_shown_before_saving_and_can_be_saved_anyway()
    {
        var existing = await ProspectAsync("Hélène Léger", Me.Id);
        var withEmail = await QueryAsync(db => Builders.ProspectInputAsync(db, "Hélène Léger", Me.Id));
        withEmail.Email = "helene@boulangerie-leger.fr";
        var version = (await LoadProspectAsync(existing)).Version;
        Assert.True((await Run((SocialKpi.Prospects.ProspectService s) => s.UpdateAsync(existing, version, withEmail))).Succeeded);
        var editor = RenderPage<ProspectEditor>("/prospects/new");
        editor.WaitForElement("#name");

        await editor.Find("#name").ChangeAsync(new ChangeEventArgs { Value = "H. Léger" });
        await editor.Find("#email").ChangeAsync(new ChangeEventArgs { Value = "Helene@Boulangerie-Leger.fr" });
        await ChooseAsync(editor.FindComponents<MudBlazor.MudSelect<int>>()[0], "Instagram");
        await editor.Find("form").SubmitAsync();

        editor.WaitForAssertion(() => Assert.Contains("Hélène Léger", editor.Find("[data-testid=duplicate-warning]").TextContent));
        Assert.Equal(1, await QueryAsync(db => db.Prospects.CountAsync()));

        await editor.Find("[data-testid=duplicate-warning] input[type=checkbox]").ChangeAsync(new ChangeEventArgs { Value = true });
        await editor.Find("form").SubmitAsync();

        editor.WaitForAssertion(async () => Assert.Equal(2, await QueryAsync(db => db.Prospects.CountAsync())));
    }

    [Fact]
    public async Task Editing_keeps_what_was_typed_when_someone_else_saved_first()
    {
        var id = await ProspectAsync("Hélène Léger", Me.Id);
        var editor = RenderPage<ProspectEditor>($"/prospects/{id}/edit", p => p.Add(x => x.Id, id));
        editor.WaitForElement("#company");
        var input = await QueryAsync(db => Builders.ProspectInputAsync(db, "Hélène Léger (renamed elsewhere)", Me.Id));
        var version = (await LoadProspectAsync(id)).Version;
        Assert.True((await Run((SocialKpi.Prospects.ProspectService s) => s.UpdateAsync(id, version, input))).Succeeded);

        await editor.Find("#company").ChangeAsync(new ChangeEventArgs { Value = "Boulangerie Léger" });
        await editor.Find("form").SubmitAsync();

        editor.WaitForAssertion(() => Assert.Contains("entre-temps", editor.Find("[data-testid=form-errors]").TextContent));
        Assert.Equal("Boulangerie Léger", editor.Find("#company").GetAttribute("value"));
        Assert.Equal("Hélène Léger (renamed elsewhere)", (await LoadProspectAsync(id)).Name);
    }
}
