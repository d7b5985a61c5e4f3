using Bogus;
using SocialKpi.Channels;
using SocialKpi.Pipeline;
using SocialKpi.Prospects;

namespace SocialKpi.Demo;

/// <summary>Draws one demo prospect at a time, with its stage history, from a seeded generator.</summary>
internal sealed class DemoPlan(
    Faker faker,
    IReadOnlyList<Channel> channels,
    IReadOnlyList<Stage> stages,
    IReadOnlyList<string> owners,
    IReadOnlyList<int> personas,
    IReadOnlyList<int> lossReasons,
    DateTime now,
    IReadOnlyList<string> tagPool)
{
    private readonly DemoTouches touches = new(faker, channels, stages, now);

    private const int HistoryDays = 540;

    private readonly Stage[] openStages = stages.Where(s => s.Outcome == StageOutcome.Open).ToArray();
    private readonly Stage? won = stages.FirstOrDefault(s => s.Outcome == StageOutcome.Won);
    private readonly Stage? lost = stages.FirstOrDefault(s => s.Outcome == StageOutcome.Lost);
    private readonly float[] channelWeights = Normalized(channels.Select(Popularity).ToArray());

    public DemoProspect Next(int id)
    {
        var channel = faker.Random.WeightedRandom(channels.ToArray(), channelWeights);
        var first = faker.Name.FirstName();
        var last = faker.Name.LastName();
        var name = $"{first} {last}";
        var createdAt = now.AddDays(-faker.Random.Double(0, HistoryDays));
        var ring = RingFor(channel);

        var prospect = new Prospect
        {
            Id = id,
            Name = name,
            NameNormalized = ContactNormalizer.ForSearch(name),
            Company = faker.Random.Bool(0.4f) ? faker.Company.CompanyName() : null,
            Email = faker.Random.Bool(0.6f) ? ContactNormalizer.Email(faker.Internet.Email(first, last)) : null,
            Phone = faker.Random.Bool(0.5f) ? ContactNormalizer.Phone("0" + faker.Random.Int(6, 7) + faker.Random.ReplaceNumbers("########")) : null,
            City = ring == PerimeterRing.OnlineOnly ? null : faker.Address.City(),
            SourceChannelId = channel.Id,
            OwnerId = owners.Count > 0 ? owners[faker.Random.Int(0, owners.Count - 1)] : null,
            PersonaId = personas.Count > 0 && faker.Random.Bool(0.7f) ? personas[faker.Random.Int(0, personas.Count - 1)] : null,
            Ring = ring,
            EstimatedValue = faker.Random.Bool(0.8f) ? Math.Round(faker.Random.Decimal(150, 6000) / 10) * 10 : null,
            CreatedAt = createdAt,
        };
        if (channel.Kind == ChannelKind.Social)
        {
            var handle = new string(faker.Internet.UserName(first, last).ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-').ToArray());
            if (handle.Length > 0)
                prospect.Handles.Add(new ProspectHandle { ProspectId = id, ChannelId = channel.Id, Handle = handle });
        }
        foreach (var tag in faker.Random.Bool(0.35f) ? faker.PickRandom(tagPool, faker.Random.Int(1, 2)).Distinct() : [])
            prospect.Tags.Add(new ProspectTag { ProspectId = id, Name = tag });

        var changes = History(prospect, channel);
        var latest = changes[^1];
        prospect.StageId = latest.ToStageId;
        prospect.StageChangedAt = latest.ChangedAt;
        prospect.UpdatedAt = latest.ChangedAt;
        var generated = touches.For(prospect, channel, changes);
        prospect.LastActivityAt = generated.Activities.Count > 0 ? Max(latest.ChangedAt, generated.Activities[^1].OccurredAt) : latest.ChangedAt;
        if (generated.Activities.LastOrDefault(a => a.NextStepDue is not null) is { } next)
            (prospect.NextStep, prospect.NextStepDue) = (next.NextStep, next.NextStepDue);
        return new DemoProspect(prospect, changes, generated.Activities, generated.Consents, generated.Sales);
    }

    /// <summary>Climbs the open stages one by one; at each step the prospect may stop, be lost, or go on.</summary>
    private List<StageChange> History(Prospect prospect, Channel channel)
    {
        var advance = Math.Min(0.9, 0.5 * Quality(channel));
        var changes = new List<StageChange>();
        var at = prospect.CreatedAt;
        int? from = null;
        void MoveTo(Stage stage)
        {
            changes.Add(new StageChange { ProspectId = prospect.Id, FromStageId = from, ToStageId = stage.Id, ChangedAt = at, ChangedById = prospect.OwnerId });
            from = stage.Id;
        }

        MoveTo(openStages[0]);
        for (var step = 1; step <= openStages.Length; step++)
        {
            var remaining = (now - at).TotalDays;
            if (remaining < 1 || !faker.Random.Bool((float)advance))
            {
                if (lost is not null && step > 2 && remaining >= 1 && faker.Random.Bool(0.3f))
                {
                    at = at.AddDays(faker.Random.Double(1, Math.Min(30, remaining)));
                    MoveTo(lost);
                    if (lossReasons.Count > 0)
                        changes[^1].LossReasonId = lossReasons[faker.Random.Int(0, lossReasons.Count - 1)];
                }
                break;
            }
            at = at.AddDays(faker.Random.Double(0.5, Math.Min(25, remaining)));
            if (step == openStages.Length)
            {
                if (won is not null)
                    MoveTo(won);
            }
            else
            {
                MoveTo(openStages[step]);
            }
        }
        return changes;
    }

    private PerimeterRing RingFor(Channel channel) => channel.Kind switch
    {
        ChannelKind.Local => faker.PickRandom(PerimeterRing.Building, PerimeterRing.Street, PerimeterRing.Neighbourhood, PerimeterRing.City),
        ChannelKind.Referral => faker.PickRandom(PerimeterRing.Neighbourhood, PerimeterRing.City, PerimeterRing.Region),
        _ => faker.PickRandom(PerimeterRing.City, PerimeterRing.Region, PerimeterRing.Beyond, PerimeterRing.OnlineOnly),
    };

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    // Bogus draws against weights that sum to one.
    private static float[] Normalized(float[] weights) => weights.Select(w => w / weights.Sum()).ToArray();

    private static float Popularity(Channel channel) => channel.Name switch
    {
        "Instagram" => 6,
        "Facebook" => 4,
        "LinkedIn" => 3,
        "TikTok" => 2,
        _ => channel.Kind switch { ChannelKind.Local => 2, ChannelKind.Referral => 1.5f, _ => 1 },
    };

    // How readily a channel's prospects move on: people met in person or recommended buy more often.
    private static double Quality(Channel channel) => channel.Kind switch
    {
        ChannelKind.Referral => 1.6,
        ChannelKind.Local => 1.35,
        ChannelKind.Direct => 1.2,
        ChannelKind.Owned => 1.1,
        _ => channel.Name is "LinkedIn" ? 1.05 : 0.9,
    };
}
