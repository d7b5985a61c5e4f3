using SocialKpi.Attribution;

namespace SocialKpi.Tests.Attribution;

public sealed class AttributionEngineTests
{
    private const double Tolerance = 1e-9;

    private static Journey Path(string path, double conversions = 1, decimal value = 0, double nulls = 0) =>
        new(path.Split('>'), conversions, value, nulls);

    private static void AssertCredit(AttributionResult result, string channel, AttributionModel model, double conversions, decimal? value = null)
    {
        var credit = result.Of(channel, model);
        Assert.True(Math.Abs(credit.Conversions - conversions) < 1e-6, $"{model} {channel}: {credit.Conversions} conversions, expected {conversions}");
        if (value is { } expected)
            Assert.True(Math.Abs(credit.Value - expected) < 0.000001m, $"{model} {channel}: {credit.Value} value, expected {expected}");
    }

    [Fact]
    public void The_white_paper_example_gives_Markov_A_2_B_1_and_linear_A_2_1_B_0_9()
    {
        var result = AttributionEngine.Run([Path("A>B>A>B>B>A"), Path("A>B>B>A>A"), Path("A>A")]);

        AssertCredit(result, "A", AttributionModel.Markov, 2);
        AssertCredit(result, "B", AttributionModel.Markov, 1);
        AssertCredit(result, "A", AttributionModel.Linear, 2.1);
        AssertCredit(result, "B", AttributionModel.Linear, 0.9);
        Assert.Equal(1, result.ConversionProbability!.Value, Tolerance);
    }

    [Fact]
    public void Each_heuristic_model_on_a_hand_computed_journey()
    {
        // Instagram, then a call, then the shop: 1 conversion worth 1,000 €.
        var result = AttributionEngine.Run([Path("Instagram>Phone>Instagram>Shop", value: 1000m)]);

        AssertCredit(result, "Instagram", AttributionModel.FirstTouch, 1, 1000m);
        AssertCredit(result, "Shop", AttributionModel.LastTouch, 1, 1000m);
        AssertCredit(result, "Instagram", AttributionModel.Linear, 0.5, 500m);
        AssertCredit(result, "Phone", AttributionModel.Linear, 0.25, 250m);
        // Position-based: 40 % first, 40 % last, 20 % over the two middle touches.
        AssertCredit(result, "Instagram", AttributionModel.PositionBased, 0.5, 500m);
        AssertCredit(result, "Phone", AttributionModel.PositionBased, 0.1, 100m);
        AssertCredit(result, "Shop", AttributionModel.PositionBased, 0.4, 400m);
        // Shapley (simplified): one third per distinct channel.
        AssertCredit(result, "Instagram", AttributionModel.Shapley, 1.0 / 3);
        AssertCredit(result, "Shop", AttributionModel.Shapley, 1.0 / 3);
        Assert.DoesNotContain(AttributionModel.TimeDecay, result.Models);
    }

    [Fact]
    public void Position_based_splits_one_and_two_touch_journeys_evenly()
    {
        var one = AttributionEngine.Run([Path("Referral")]);
        var two = AttributionEngine.Run([Path("Instagram>Shop")]);

        AssertCredit(one, "Referral", AttributionModel.PositionBased, 1);
        AssertCredit(two, "Instagram", AttributionModel.PositionBased, 0.5);
        AssertCredit(two, "Shop", AttributionModel.PositionBased, 0.5);
    }

    [Fact]
    public void Time_decay_halves_a_touch_a_week_older()
    {
        // Touches 14 and 7 days before the conversion: weights 1/4 and 1/2, so one third and two thirds.
        var result = AttributionEngine.Run([Journey.Converted(["Instagram", "Phone"], 900m, [14, 7])]);

        AssertCredit(result, "Instagram", AttributionModel.TimeDecay, 1.0 / 3, 300m);
        AssertCredit(result, "Phone", AttributionModel.TimeDecay, 2.0 / 3, 600m);
    }

    [Fact]
    public void Markov_uses_non_converting_journeys_and_collapses_repeats()
    {
        // A alone converts half the time; A then B always converts; B alone never does.
        var result = AttributionEngine.Run([Path("A", conversions: 1, nulls: 1), Path("A>B>B"), Path("B", conversions: 0, nulls: 1)]);

        // Chain: start→A 3/4, start→B 1/4; A→conv 1/3, A→null 1/3, A→B 1/3; B→conv 1/2, B→null 1/2.
        var p = 0.75 * (1.0 / 3 + 1.0 / 3 * 0.5) + 0.25 * 0.5;
        Assert.Equal(0.5, result.ConversionProbability!.Value, Tolerance);
        Assert.Equal(p, result.ConversionProbability!.Value, Tolerance);
        var withoutA = 0.25 * 0.5;
        var withoutB = 0.75 * (1.0 / 3);
        var (effectA, effectB) = (1 - withoutA / p, 1 - withoutB / p);
        AssertCredit(result, "A", AttributionModel.Markov, 2 * effectA / (effectA + effectB));
        AssertCredit(result, "B", AttributionModel.Markov, 2 * effectB / (effectA + effectB));
    }

    [Fact]
    public void No_data_gives_no_channels_and_no_probability()
    {
        var result = AttributionEngine.Run([]);

        Assert.Empty(result.Channels);
        Assert.Null(result.ConversionProbability);
        Assert.Equal(0, result.TotalConversions);
    }

    [Fact]
    public void A_channel_that_never_converts_gets_nothing_but_is_listed()
    {
        var result = AttributionEngine.Run([Path("TikTok", conversions: 0, nulls: 5), Path("Referral", value: 200m)]);

        Assert.Contains(result.Channels, c => c.Channel == "TikTok");
        foreach (var model in result.Models)
            AssertCredit(result, "TikTok", model, 0, 0m);
        AssertCredit(result, "Referral", AttributionModel.Markov, 1, 200m);
    }

    [Fact]
    public void One_channel_only_gets_everything_under_every_model()
    {
        var result = AttributionEngine.Run([Path("Instagram>Instagram", conversions: 3, value: 90m, nulls: 2)]);

        foreach (var model in result.Models)
            AssertCredit(result, "Instagram", model, 3, 90m);
    }

    [Fact]
    public void Every_model_keeps_the_totals_on_generated_journeys()
    {
        var random = new Random(7);
        string[] channels = ["Instagram", "Facebook", "LinkedIn", "Referral", "Door-to-door", "Phone", "Newsletter"];
        var journeys = Enumerable.Range(0, 2000).Select(_ =>
        {
            var length = random.Next(1, 9);
            var path = Enumerable.Range(0, length).Select(_ => channels[random.Next(channels.Length)]).ToArray();
            var days = Enumerable.Range(0, length).Select(i => (double)(length - i) * random.Next(1, 10)).ToArray();
            return random.NextDouble() < 0.3
                ? Journey.Converted(path, Math.Round((decimal)(random.NextDouble() * 3000), 2), days)
                : Journey.NotConverted(path);
        }).ToList();

        var result = AttributionEngine.Run(journeys);

        Assert.Equal(7, result.Models.Count);
        foreach (var model in result.Models)
        {
            Assert.Equal(result.TotalConversions, result.Channels.Sum(c => c.ByModel[model].Conversions), 1e-6);
            Assert.True(Math.Abs(result.TotalValue - result.Channels.Sum(c => c.ByModel[model].Value)) < 0.01m, $"{model} value");
        }
    }
}
