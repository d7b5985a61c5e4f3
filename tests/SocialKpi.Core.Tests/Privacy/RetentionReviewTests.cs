using Microsoft.EntityFrameworkCore;
using SocialKpi.Data;
using SocialKpi.Privacy;

namespace SocialKpi.Tests.Privacy;

public sealed class RetentionReviewTests : ProspectFixture
{
    private async Task QuietSinceAsync(int prospectId, DateTimeOffset lastContact)
    {
        await using var db = Database.NewContext();
        await db.Prospects.Where(p => p.Id == prospectId).ExecuteUpdateAsync(s => s.SetProperty(p => p.LastActivityAt, lastContact.UtcDateTime));
    }

    private async Task<RetentionList> DueAsync()
    {
        await using var db = Database.NewContext();
        return await new RetentionReview(db, Database.Clock).DueAsync();
    }

    [Fact]
    public async Task Three_years_without_contact_flag_a_prospect_and_a_day_less_does_not()
    {
        var recent = await Builders.ProspectAsync(Database, "Marc Dubois");
        await QuietSinceAsync(ProspectId, Database.Clock.Now.AddYears(-3).AddDays(-1));
        await QuietSinceAsync(recent, Database.Clock.Now.AddYears(-3).AddDays(1));

        var due = await DueAsync();

        Assert.Equal(ProspectId, Assert.Single(due.Prospects).Id);
        Assert.Equal(1, due.Total);
    }

    [Fact]
    public async Task A_prospect_kept_with_a_reason_leaves_the_review_and_an_erased_one_too()
    {
        using var _ = new CultureScope("en-GB");
        var other = await Builders.ProspectAsync(Database, "Marc Dubois");
        await QuietSinceAsync(ProspectId, Database.Clock.Now.AddYears(-4));
        await QuietSinceAsync(other, Database.Clock.Now.AddYears(-4));
        await using var db = Database.NewContext();
        var review = new RetentionReview(db, Database.Clock);

        var withoutReason = await review.KeepAsync([ProspectId], "  ", null);
        // All or nothing: an unknown id keeps nobody.
        var withUnknown = await review.KeepAsync([ProspectId, 999], "Devis en cours", null);
        Assert.Equal("No prospect has the id 999; nothing was changed.", Assert.Single(withUnknown.Errors).ErrorMessage);
        Assert.Null((await db.Prospects.AsNoTracking().SingleAsync(p => p.Id == ProspectId)).RetentionKeptAt);
        var kept = await review.KeepAsync([ProspectId], "Devis en cours", null);
        await new Erasure(db, Database.Clock).EraseAsync([other], null);

        Assert.StartsWith("Say why these prospects are kept", Assert.Single(withoutReason.Errors).ErrorMessage);
        Assert.True(kept.Succeeded);
        Assert.Empty((await DueAsync()).Prospects);
        var prospect = await db.Prospects.AsNoTracking().SingleAsync(p => p.Id == ProspectId);
        Assert.Equal(("Devis en cours", Database.Clock.Now.UtcDateTime), (prospect.RetentionKeptReason, prospect.RetentionKeptAt!.Value));
        // Three years after it was kept, it is due again.
        Database.Clock.Now = Database.Clock.Now.AddYears(3).AddDays(1);
        Assert.Equal(ProspectId, Assert.Single((await DueAsync()).Prospects).Id);
    }
}
