namespace SocialKpi.Attribution;

/// <summary>
/// The rule-based models of product.md: each gives every touch of a converting journey a share, and
/// the shares of a journey sum to one.
/// </summary>
internal static class HeuristicModels
{
    /// <summary>Half-life of time decay, in days: a touch a week before the conversion counts half.</summary>
    public const double HalfLifeDays = 7;

    /// <summary>Writes the share of each touch of the journey into the first slots of <paramref name="shares"/>.</summary>
    public static void Shares(AttributionModel model, Journey journey, double[] shares)
    {
        var n = journey.Channels.Count;
        Array.Clear(shares, 0, n);
        switch (model)
        {
            case AttributionModel.FirstTouch:
                shares[0] = 1;
                break;
            case AttributionModel.LastTouch:
                shares[n - 1] = 1;
                break;
            case AttributionModel.Linear:
                Array.Fill(shares, 1.0 / n, 0, n);
                break;
            case AttributionModel.PositionBased:
                PositionBased(shares, n);
                break;
            case AttributionModel.TimeDecay:
                TimeDecay(shares, n, journey.DaysBeforeConversion!);
                break;
            case AttributionModel.Shapley:
                Shapley(shares, journey.Channels);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(model), model, "Not a per-journey model.");
        }
    }

    // 1 touch: all of it; 2: half each; more: 40 % to the first, 40 % to the last, 20 % shared by the middle.
    private static void PositionBased(double[] shares, int n)
    {
        if (n == 1)
        {
            shares[0] = 1;
            return;
        }
        if (n == 2)
        {
            shares[0] = shares[1] = 0.5;
            return;
        }
        shares[0] = shares[n - 1] = 0.4;
        for (var i = 1; i < n - 1; i++)
            shares[i] = 0.2 / (n - 2);
    }

    private static void TimeDecay(double[] shares, int n, IReadOnlyList<double> daysBefore)
    {
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            shares[i] = Math.Pow(2, -Math.Max(0, daysBefore[i]) / HalfLifeDays);
            total += shares[i];
        }
        for (var i = 0; i < n; i++)
            shares[i] /= total;
    }

    // Simplified Shapley (Zhao et al. 2018): each distinct channel of the journey gets an equal share,
    // whatever the number of its touches; the share is put on the channel's first touch.
    private static void Shapley(double[] shares, IReadOnlyList<string> channels)
    {
        var distinct = 0;
        for (var i = 0; i < channels.Count; i++)
        {
            if (FirstOccurrence(channels, i))
                distinct++;
        }
        for (var i = 0; i < channels.Count; i++)
        {
            if (FirstOccurrence(channels, i))
                shares[i] = 1.0 / distinct;
        }
    }

    // Journeys are short (a few dozen touches at most): a scan beats a set.
    private static bool FirstOccurrence(IReadOnlyList<string> channels, int i)
    {
        for (var k = 0; k < i; k++)
        {
            if (string.Equals(channels[k], channels[i], StringComparison.Ordinal))
                return false;
        }
        return true;
    }
}
