namespace SocialKpi.Attribution;

public enum AttributionModel
{
    FirstTouch,
    LastTouch,
    Linear,
    PositionBased,
    TimeDecay,
    Shapley,
    Markov,
}

/// <summary>Conversions and value credited to a channel by one model.</summary>
public readonly record struct Credit(double Conversions, decimal Value);

public sealed record ChannelCredits(string Channel, IReadOnlyDictionary<AttributionModel, Credit> ByModel);

/// <summary>
/// What the engine answers: per channel and model, the credited conversions and value. Time decay is
/// absent when some converting journey has no times; every present model sums to the totals.
/// </summary>
public sealed record AttributionResult(
    double TotalConversions,
    decimal TotalValue,
    double? ConversionProbability,
    IReadOnlyList<ChannelCredits> Channels,
    IReadOnlyList<AttributionModel> Models)
{
    public Credit Of(string channel, AttributionModel model) =>
        Channels.FirstOrDefault(c => c.Channel == channel)?.ByModel.GetValueOrDefault(model) ?? default;
}
