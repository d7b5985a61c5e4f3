using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Activities;
using SocialKpi.Data;
using SocialKpi.Web.Features.Activities;

namespace SocialKpi.Web.Tests.Activities;

/// <summary>The quick log as a component of its own: what its page can do to it.</summary>
public sealed class QuickLogTests : ComponentTest
{
    [Fact]
    public async Task A_page_drawn_again_while_the_form_loads_does_not_start_it_twice()
    {
        var id = await ProspectAsync("Hélène Léger", Me.Id);
        var channels = await Run((Catalogue c) => c.ChannelsAsync());
        void Parameters(ComponentParameterCollectionBuilder<QuickLog> p) => p.Add(x => x.ProspectId, id).Add(x => x.Channels, channels).Add(x => x.ActorId, Me.Id);

        var first = Queries.HoldNext();
        var log = RenderPage<QuickLog>($"/prospects/{id}", Parameters);
        await first.Reached;
        // The page passes its parameters again while the form waits for the database: a second
        // start would query again, and replace the input the user may have begun typing into.
        var queries = Queries.Executed;
        log.Render(Parameters);
        Assert.Equal(queries, Queries.Executed);
        first.Release();
        log.WaitForElement("#ql-summary");

        await log.Find("#ql-summary").InputAsync(new ChangeEventArgs { Value = "Asked for the price list" });
        await log.Find("[data-testid=activity-form]").SubmitAsync();

        log.WaitForAssertion(() => Assert.Contains(T("ConversationLogged"), Snackbars()));
        Assert.Equal(["Asked for the price list"], await QueryAsync(db => db.Activities.Where(a => a.ProspectId == id).Select(a => a.Summary).ToListAsync()));
    }
}
