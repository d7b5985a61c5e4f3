using Bunit;
using SocialKpi.Importing;
using SocialKpi.Web.Features.Importing;

namespace SocialKpi.Web.Tests.Importing;

public sealed class ImportProgressBarTests : ComponentTest
{
    [Fact]
    public void A_counted_step_shows_its_rows_and_a_bar_at_its_share()
    {
        var bar = Render<ImportProgressBar>(p => p.Add(b => b.Progress, new ImportProgress(ImportStep.Writing, 40_000, 100_000)));

        Assert.Equal("Écriture : 40\u202f000 enregistrements sur 100\u202f000", bar.Find("[data-testid=import-progress-text]").TextContent);
        var progressbar = bar.Find("[role=progressbar]");
        Assert.Equal("40", progressbar.GetAttribute("aria-valuenow"));
        Assert.DoesNotContain("mud-progress-indeterminate", progressbar.OuterHtml);
    }

    [Fact]
    public void A_step_that_cannot_be_counted_shows_a_moving_bar_and_says_what_is_happening()
    {
        UseCulture("en-GB");

        var bar = Render<ImportProgressBar>(p => p.Add(b => b.Progress, new ImportProgress(ImportStep.Saving, 0, 0)));

        Assert.Equal("Finishing the import…", bar.Find("[data-testid=import-progress-text]").TextContent);
        Assert.Contains("mud-progress-indeterminate", bar.Find("[role=progressbar]").OuterHtml);

        bar.Render(p => p.Add(b => b.Progress, new ImportProgress(ImportStep.Checking, 1_250, 100_000)));
        Assert.Equal("Checking rows: 1,250 of 100,000", bar.Find("[data-testid=import-progress-text]").TextContent);
        Assert.Equal("1", bar.Find("[role=progressbar]").GetAttribute("aria-valuenow"));
    }
}
