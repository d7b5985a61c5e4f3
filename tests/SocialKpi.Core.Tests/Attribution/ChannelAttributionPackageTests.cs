using SocialKpi.Attribution;

namespace SocialKpi.Tests.Attribution;

/// <summary>
/// Our engine against the ChannelAttribution package's own figures for its example file.
/// The figures below were produced by the package's C++ functions (heuristic_models_cpp and
/// markov_model_cpp, default arguments), built outside this repository; docs/attribution.md
/// says how. The package simulates its Markov chain, so its Markov column is the mean and the
/// standard deviation of 40 runs with independent seeds; ours is exact and must sit within
/// the simulation's sampling error of that mean.
/// </summary>
public sealed class ChannelAttributionPackageTests
{
    private const int PackageMarkovRuns = 40;

    // channel; first touch, last touch, linear: conversions, then value.
    public static TheoryData<string, double, double, double, double, double, double> PackageHeuristics => new()
    {
        { "alpha", 6308, 8447, 7574.718594, 19121.272356, 28414.214274, 24524.709569 },
        { "iota", 4606, 3355, 3857.096221, 19597.261277, 13487.974271, 15988.988995 },
        { "eta", 3164, 4167, 3539.951157, 11909.476213, 16754.203800, 13783.497051 },
        { "beta", 2831, 989, 2083.500145, 12235.591744, 3850.020987, 8954.266717 },
        { "lambda", 902, 1207, 1035.257572, 3735.602165, 5249.949985, 4430.316169 },
        { "theta", 1606, 653, 1022.801394, 6652.349347, 2799.091988, 4295.743619 },
        { "epsilon", 99, 531, 272.170438, 412.301243, 2202.612289, 1106.270065 },
        { "kappa", 74, 230, 137.964078, 305.743250, 1069.384250, 599.747786 },
        { "zeta", 27, 107, 136.551540, 103.004000, 453.260750, 539.528763 },
        { "gamma", 165, 92, 121.041639, 718.977992, 506.013992, 569.417358 },
        { "mi", 2, 2, 2.222222, 5.273000, 5.273000, 6.081444 },
        { "delta", 1, 5, 1.725000, 6.119000, 10.972000, 4.404050 },
    };

    // channel; Markov conversions: mean of the package's runs, standard deviation of one run.
    public static TheoryData<string, double, double> PackageMarkov => new()
    {
        { "alpha", 5353.9, 64.3 },
        { "iota", 3883.5, 60.2 },
        { "eta", 3335.1, 57.3 },
        { "beta", 2538.6, 48.6 },
        { "lambda", 1279.4, 40.4 },
        { "theta", 1977.7, 49.5 },
        { "epsilon", 594.3, 39.3 },
        { "kappa", 270.7, 27.1 },
        { "zeta", 380.7, 33.9 },
        { "gamma", 165.6, 26.3 },
        { "mi", 1.2, 1.9 },
        { "delta", 4.5, 4.1 },
    };

    private static readonly Lazy<AttributionResult> Example = new(() =>
    {
        using var reader = new StreamReader(SharedData.PathFile());
        return AttributionEngine.Run(PathFile.Read(reader));
    });

    [Theory]
    [MemberData(nameof(PackageHeuristics))]
    public void Heuristics_equal_the_package_s_own(
        string channel, double first, double last, double linear, double firstValue, double lastValue, double linearValue)
    {
        var result = Example.Value;

        Assert.Equal(first, result.Of(channel, AttributionModel.FirstTouch).Conversions, 1e-6);
        Assert.Equal(last, result.Of(channel, AttributionModel.LastTouch).Conversions, 1e-6);
        Assert.Equal(linear, result.Of(channel, AttributionModel.Linear).Conversions, 1e-5);
        Assert.Equal(firstValue, (double)result.Of(channel, AttributionModel.FirstTouch).Value, 1e-5);
        Assert.Equal(lastValue, (double)result.Of(channel, AttributionModel.LastTouch).Value, 1e-5);
        Assert.Equal(linearValue, (double)result.Of(channel, AttributionModel.Linear).Value, 1e-5);
    }

    [Theory]
    [MemberData(nameof(PackageMarkov))]
    public void Exact_Markov_credit_lies_within_the_package_s_sampling_error(string channel, double markovMean, double markovSd)
    {
        var ours = Example.Value.Of(channel, AttributionModel.Markov).Conversions;

        // Three standard errors of the mean of independent runs, plus the rounding of the table.
        var tolerance = 3 * markovSd / Math.Sqrt(PackageMarkovRuns) + 0.05;
        Assert.InRange(ours, markovMean - tolerance, markovMean + tolerance);
    }

    [Fact]
    public void Exact_Markov_credits_are_closer_to_the_package_than_its_own_convergence_threshold()
    {
        // The package stops simulating once each run's credits differ from the runs' median by less
        // than 5 % of all conversions (sum of absolute differences). Ours, exact, must be well inside.
        var result = Example.Value;
        var distance = PackageMarkov.Sum(row => Math.Abs(result.Of((string)row[0], AttributionModel.Markov).Conversions - (double)row[1]));

        Assert.True(distance / result.TotalConversions < 0.01, $"L1 distance {distance:F1} is {distance / result.TotalConversions:P2} of conversions");
    }
}
