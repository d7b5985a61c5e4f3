using System.Runtime.InteropServices;

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
        var (names, paths) = Index(list);

        var converting = list.Where(j => j.Conversions > 0).ToList();
        var withTimes = converting.All(j => j.DaysBeforeConversion is { } days && days.Count == j.Channels.Count);
        var models = Heuristics.Where(m => m != AttributionModel.TimeDecay || withTimes).Append(AttributionModel.Markov).ToList();

        var totalConversions = converting.Sum(j => j.Conversions);
        var totalValue = converting.Sum(j => j.Value);

        // The chain and the heuristics are independent: each gets a core.
        var credits = new Dictionary<AttributionModel, Credit[]>();
        double? probability = null;
        var markov = new Credit[names.Length];
        Parallel.Invoke(
            () => credits = HeuristicCredits(models.Where(m => m != AttributionModel.Markov).ToList(), names.Length, list, paths),
            () => (probability, markov) = list.Count > 0 ? MarkovCredits(names.Length, list, paths, totalConversions, totalValue) : (null, markov));
        credits[AttributionModel.Markov] = markov;

        var channels = names.Select((name, c) => new ChannelCredits(name, models.ToDictionary(m => m, m => credits[m][c]))).ToList();
        return new AttributionResult(totalConversions, totalValue, probability, channels, models);
    }

    /// <summary>Channels by name order, and each journey as channel numbers, in one pass over the touches.</summary>
    private static (string[] Names, List<int[]> Paths) Index(List<Journey> journeys)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var paths = new List<int[]>(journeys.Count);
        foreach (var journey in journeys)
        {
            var path = new int[journey.Channels.Count];
            for (var t = 0; t < path.Length; t++)
            {
                ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, journey.Channels[t], out var known);
                if (!known)
                    number = seen.Count - 1;
                path[t] = number;
            }
            paths.Add(path);
        }
        var names = seen.Keys.Order(StringComparer.Ordinal).ToArray();
        var renumber = new int[names.Length];
        for (var i = 0; i < names.Length; i++)
            renumber[seen[names[i]]] = i;
        foreach (var path in paths)
        {
            for (var t = 0; t < path.Length; t++)
                path[t] = renumber[path[t]];
        }
        return (names, paths);
    }

    private static Dictionary<AttributionModel, Credit[]> HeuristicCredits(List<AttributionModel> models, int channelCount, List<Journey> journeys, List<int[]> paths)
    {
        // Accumulated in doubles (a million touches times six models), turned into money once at the end.
        var conversions = models.ToDictionary(m => m, _ => new double[channelCount]);
        var values = models.ToDictionary(m => m, _ => new double[channelCount]);
        var shares = new double[journeys.Count == 0 ? 0 : journeys.Max(j => j.Channels.Count)];
        for (var j = 0; j < journeys.Count; j++)
        {
            var journey = journeys[j];
            if (journey.Conversions <= 0)
                continue;
            var value = (double)journey.Value;
            foreach (var model in models)
            {
                HeuristicModels.Shares(model, journey, shares);
                var (modelConversions, modelValues) = (conversions[model], values[model]);
                for (var t = 0; t < journey.Channels.Count; t++)
                {
                    modelConversions[paths[j][t]] += shares[t] * journey.Conversions;
                    modelValues[paths[j][t]] += shares[t] * value;
                }
            }
        }
        return models.ToDictionary(m => m, m => conversions[m].Select((c, i) => new Credit(c, (decimal)values[m][i])).ToArray());
    }

    private static (double? Probability, Credit[] Credits) MarkovCredits(int channelCount, List<Journey> journeys, List<int[]> paths, double totalConversions, decimal totalValue)
    {
        var chain = new MarkovChain(channelCount, journeys.Select((journey, i) => (paths[i], journey.Conversions, journey.NonConversions)));
        var probability = chain.ConversionProbability();
        var removalEffects = Enumerable.Range(0, channelCount)
            .Select(c => probability > 0 ? Math.Max(0, 1 - chain.ConversionProbability(c) / probability) : 0)
            .ToArray();
        var sum = removalEffects.Sum();
        var credits = new Credit[channelCount];
        for (var c = 0; c < channelCount; c++)
        {
            var share = sum > 0 ? removalEffects[c] / sum : 0;
            credits[c] = new Credit(share * totalConversions, (decimal)share * totalValue);
        }
        return (probability, credits);
    }
}
