using BenchmarkDotNet.Attributes;
using SocialKpi.Attribution;

namespace SocialKpi.Benchmarks;

/// <summary>
/// The seven models in memory on the size: 100,000 journeys and about 1,000,000 touches
/// over 14 channels, one in ten converting, with times (so time decay runs too).
/// </summary>
// In process: the project BenchmarkDotNet would generate cannot restore Core's ASP.NET Core framework reference here.
[InProcess]
[MemoryDiagnoser]
public class AttributionEngineBenchmarks
{
    private List<Journey> journeys = [];

    [Params(100_000)]
    public int Journeys { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        string[] channels = ["Instagram", "Facebook", "LinkedIn", "X", "TikTok", "YouTube", "Website", "Newsletter", "Referral", "Door-to-door", "Local event", "Shop walk-in", "Phone", "E-mail"];
        journeys = Enumerable.Range(0, Journeys).Select(_ =>
        {
            var length = random.Next(1, 20); // 10 touches on average
            var path = Enumerable.Range(0, length).Select(_ => channels[random.Next(channels.Length)]).ToArray();
            var days = Enumerable.Range(0, length).Select(i => (double)(length - i) * random.Next(1, 6)).ToArray();
            return random.NextDouble() < 0.1 ? Journey.Converted(path, random.Next(100, 5000), days) : Journey.NotConverted(path);
        }).ToList();
    }

    [Benchmark]
    public AttributionResult AllSevenModels() => AttributionEngine.Run(journeys);
}
