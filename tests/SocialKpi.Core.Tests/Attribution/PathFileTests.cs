using SocialKpi.Attribution;

namespace SocialKpi.Tests.Attribution;

public sealed class PathFileTests
{
    [Fact]
    public void Separator_is_taken_from_the_header_and_channels_are_trimmed()
    {
        var journeys = PathFile.Read(new StringReader("path,total_conversions,total_conversion_value,total_null\n a > b >a ,2,10.5,3\n"));

        var journey = Assert.Single(journeys);
        Assert.Equal(["a", "b", "a"], journey.Channels);
        Assert.Equal((2, 10.5m, 3), (journey.Conversions, journey.Value, journey.NonConversions));
    }

    [Fact]
    public void A_bad_number_names_its_line_and_column()
    {
        var error = Assert.Throws<FormatException>(() => PathFile.Read(new StringReader("path;total_conversions;total_conversion_value;total_null\na;1;2;3\nb;x;0;1\n")));

        Assert.StartsWith("Line 3 / ligne 3: total_conversions is not a number", error.Message);
    }

    [Fact]
    public void A_header_without_the_columns_is_refused()
    {
        Assert.Throws<FormatException>(() => PathFile.Read(new StringReader("channel;conversions\na;1\n")));
    }

    [Fact]
    public void The_ChannelAttribution_example_gives_the_known_first_and_last_touch_figures()
    {
        using var reader = new StreamReader(SharedData.PathFile());
        var journeys = PathFile.Read(reader);

        var result = AttributionEngine.Run(journeys);

        Assert.Equal(10_000, journeys.Count);
        Assert.Equal(19_785, result.TotalConversions, 1e-9);
        Assert.Equal(74_802.97m, Math.Round(result.TotalValue, 2));
        Assert.Equal(6308, result.Of("alpha", AttributionModel.FirstTouch).Conversions, 1e-6);
        Assert.Equal(2831, result.Of("beta", AttributionModel.FirstTouch).Conversions, 1e-6);
        Assert.Equal(4606, result.Of("iota", AttributionModel.FirstTouch).Conversions, 1e-6);
        Assert.Equal(8447, result.Of("alpha", AttributionModel.LastTouch).Conversions, 1e-6);
        Assert.Equal(4167, result.Of("eta", AttributionModel.LastTouch).Conversions, 1e-6);
        Assert.Equal(3355, result.Of("iota", AttributionModel.LastTouch).Conversions, 1e-6);
        foreach (var model in result.Models)
            Assert.Equal(19_785, result.Channels.Sum(c => c.ByModel[model].Conversions), 1e-6);
        Assert.InRange(result.ConversionProbability!.Value, 0.2, 0.3);
    }
}
