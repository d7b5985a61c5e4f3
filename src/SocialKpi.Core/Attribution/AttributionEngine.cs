namespace SocialKpi.Attribution;

/// <summary>
/// Journeys in, credits out, for the seven models of product.md. Pure and deterministic: no database,
/// no clock, no randomness. Every model's credits sum to the total conversions and the total value.
/// </summary>
public static class AttributionEngine
{
    private static readonly AttributionModel[] Heuristics =
    [
        AttributionModel.FirstTouch, AttributionModel.LastTouch, AttributionModel.Linear,
        AttributionModel.PositionBased, AttributionModel.TimeDecay, AttributionModel.Shapley,
    ];

    public static AttributionResult Run(IEnumerable<Journey> journeys)
    {
        var list = journeys.Where(j => j.Channels.Count > 0).ToList();
        var names = list.SelectMany(j => j.Channels).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = names.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        var paths = list.Select(j => j.Channels.Select(c => index[c]).ToArray()).ToList();

        var converting = list.Where(j => j.Conversions > 0).ToList();
        var withTimes = converting.All(j => j.DaysBeforeConversion is { } days && days.Count == j.Channels.Count);
        var models = Heuristics.Where(m => m != AttributionModel.TimeDecay || withTimes).Append(AttributionModel.Markov).ToList();

        var totalConversions = converting.Sum(j => j.Conversions);
        var totalValue = converting.Sum(j => j.Value);

        // Accumulated in doubles (a million touches times six models), turned into money once at the end.
        var conversions = models.ToDictionary(m => m, _ => new double[names.Length]);
        var values = models.ToDictionary(m => m, _ => new double[names.Length]);
        var shares = new double[list.Count == 0 ? 0 : list.Max(j => j.Channels.Count)];
        for (var j = 0; j < list.Count; j++)
        {
            var journey = list[j];
            if (journey.Conversions <= 0)
                continue;
            var value = (double)journey.Value;
            foreach (var model in models)
            {
                if (model == AttributionModel.Markov)
                    continue;
                HeuristicModels.Shares(model, journey, shares);
                var (modelConversions, modelValues) = (conversions[model], values[model]);
                for (var t = 0; t < journey.Channels.Count; t++)
                {
                    modelConversions[paths[j][t]] += shares[t] * journey.Conversions;
                    modelValues[paths[j][t]] += shares[t] * value;
                }
            }
        }
        var credits = models.ToDictionary(m => m, m => conversions[m].Select((c, i) => new Credit(c, (decimal)values[m][i])).ToArray());

        double? probability = null;
        if (list.Count > 0)
        {
            var chain = new MarkovChain(names.Length, list.Select((journey, i) => (paths[i], journey.Conversions, journey.NonConversions)));
            probability = chain.ConversionProbability();
            var removalEffects = Enumerable.Range(0, names.Length)
                .Select(c => probability > 0 ? Math.Max(0, 1 - chain.ConversionProbability(c) / probability.Value) : 0)
                .ToArray();
            var sum = removalEffects.Sum();
            for (var c = 0; c < names.Length; c++)
            {
                var share = sum > 0 ? removalEffects[c] / sum : 0;
                credits[AttributionModel.Markov][c] = new Credit(share * totalConversions, (decimal)share * totalValue);
            }
        }

        var channels = names.Select((name, c) => new ChannelCredits(name, models.ToDictionary(m => m, m => credits[m][c]))).ToList();
        return new AttributionResult(totalConversions, totalValue, probability, channels, models);
    }
}
