using Bunit;
using SocialKpi.Importing;
using SocialKpi.Web.Features.Importing;

namespace SocialKpi.Web.Tests.Importing;

public sealed class ImportProgressBarTests : ComponentTest
{
    [Fact]
    public void Writing_shows_its_share_on_the_bar_and_in_words()
    {
        var bar = Render<ImportProgressBar>(p => p.Add(b => b.Progress, new ImportProgress(ImportStep.Writing, 40_000, 100_000)));

        Assert.Equal("Écriture dans la base : 40 %", bar.Find("[data-testid=import-progress-text]").TextContent.Replace('\u202f', ' ').Replace('\u00a0', ' '));
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

        bar.Render(p => p.Add(b => b.Progress, new ImportProgress(ImportStep.Writing, 999, 1_000)));
        Assert.Equal("Writing to the database: 99%", bar.Find("[data-testid=import-progress-text]").TextContent);

        bar.Render(p => p.Add(b => b.Progress, new ImportProgress(ImportStep.Checking, 1_250, 100_000)));
        Assert.Equal("Checking rows: 1,250 of 100,000", bar.Find("[data-testid=import-progress-text]").TextContent);
        Assert.Equal("1", bar.Find("[role=progressbar]").GetAttribute("aria-valuenow"));
    }
}
