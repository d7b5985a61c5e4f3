using SocialKpi.Attribution;

namespace SocialKpi.Tests.Attribution;

public sealed class AttributionHighlightsTests
{
    private static AttributionReportResult Report(IReadOnlyList<Journey> journeys, Dictionary<string, ChannelFigures> figures) =>
        new(AttributionEngine.Run(journeys), figures, [], new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1), 90, 0);

    private static ChannelFigures Time(double hours, decimal? perHour) => new(10, 1, 0.1, hours, perHour, 30);

    [Fact]
    public void The_leads_name_the_channel_that_pays_most_and_where_time_pays_most_and_least()
    {
        var journeys = new[]
        {
            Journey.Converted(["Instagram", "Phone"], 1000m),
            Journey.Converted(["Referral"], 300m),
            Journey.Converted(["Instagram"], 200m),
            Journey.NotConverted(["Door-to-door"]),
        };
        var figures = new Dictionary<string, ChannelFigures>
        {
            ["Instagram"] = Time(10, 70m),
            ["Phone"] = Time(5, 100m),
            ["Referral"] = Time(0.5, 600m), // too little time to rank
            ["Door-to-door"] = Time(40, null), // 40 hours, nothing back
        };

        var highlights = AttributionHighlights.From(Report(journeys, figures), AttributionModel.LastTouch);

        Assert.Equal(("Phone", 1000m), (highlights.MostRevenue!.Channel, highlights.MostRevenue.Value));
        Assert.Equal(1.0 / 3, highlights.MostRevenue.ShareOfConversions, 1e-9);
        Assert.Equal(("Phone", 100m), (highlights.BestHour!.Channel, highlights.BestHour.RevenuePerHour));
        Assert.Equal(("Door-to-door", 0m, 40.0), (highlights.WorstHour!.Channel, highlights.WorstHour.RevenuePerHour, highlights.WorstHour.HoursSpent));
        Assert.Equal(("Instagram", "Instagram"), (highlights.Opens, highlights.Closes));
    }

    [Fact]
    public void The_model_changes_the_channel_that_pays_most()
    {
        var journeys = new[] { Journey.Converted(["Instagram", "Phone"], 1000m), Journey.Converted(["Instagram"], 200m) };

        var report = Report(journeys, []);

        Assert.Equal("Instagram", AttributionHighlights.From(report, AttributionModel.FirstTouch).MostRevenue!.Channel);
        Assert.Equal("Phone", AttributionHighlights.From(report, AttributionModel.LastTouch).MostRevenue!.Channel);
    }

    [Fact]
    public void Among_channels_that_bring_nothing_the_one_that_took_most_time_is_named()
    {
        var figures = new Dictionary<string, ChannelFigures>
        {
            ["Instagram"] = Time(10, 50m),
            ["Facebook"] = Time(53.8, null),
            ["Phone"] = Time(65.3, 0m),
            ["TikTok"] = Time(30.9, null),
        };

        var highlights = AttributionHighlights.From(Report([Journey.Converted(["Instagram"], 500m)], figures), AttributionModel.Linear);

        Assert.Equal(("Phone", 65.3), (highlights.WorstHour!.Channel, highlights.WorstHour.HoursSpent));
    }

    [Fact]
    public void Without_conversions_or_enough_time_there_is_nothing_to_lead_with()
    {
        var none = AttributionHighlights.From(Report([Journey.NotConverted(["Instagram"])], new() { ["Instagram"] = Time(3, null) }), AttributionModel.Markov);
        var oneRanked = AttributionHighlights.From(Report([Journey.Converted(["Instagram"], 50m)], new() { ["Instagram"] = Time(2, 25m) }), AttributionModel.Markov);

        Assert.Equal((null, null, null, null, null), (none.MostRevenue, none.BestHour, none.WorstHour, none.Opens, none.Closes));
        Assert.Equal("Instagram", oneRanked.BestHour!.Channel);
        Assert.Null(oneRanked.WorstHour); // a single ranked channel is not also the worst
    }
}
