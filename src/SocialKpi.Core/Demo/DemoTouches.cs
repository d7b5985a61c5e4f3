using Bogus;
using SocialKpi.Activities;
using SocialKpi.Channels;
using SocialKpi.Pipeline;
using SocialKpi.Privacy;
using SocialKpi.Prospects;
using SocialKpi.Sales;

namespace SocialKpi.Demo;

/// <summary>
/// The touches of a demo prospect: more of them the further it went, mostly on its source channel but
/// also on others (so journeys cross channels, as attribution needs), outbound e-mail and calls only
/// where a consent allows them, a sale when it was won, and an open next step on live prospects.
/// </summary>
internal sealed class DemoTouches(Faker faker, IReadOnlyList<Channel> channels, IReadOnlyList<Stage> stages, DateTime now)
{
    private static readonly Dictionary<ActivityKind, string[]> Summaries = new()
    {
        [ActivityKind.Dm] = ["Demande les tarifs", "Intéressée par l'offre de lancement", "Répond à la story", "Veut un rendez-vous la semaine prochaine", "Pose des questions sur les délais"],
        [ActivityKind.Comment] = ["Commente la dernière publication", "Tague une amie sous le post", "Demande si c'est disponible en boutique"],
        [ActivityKind.Like] = [""],
        [ActivityKind.Call] = ["Appel de découverte", "Point sur le devis", "Relance après la proposition", "A rappelé pour confirmer"],
        [ActivityKind.Meeting] = ["Café pour présenter l'offre", "Rendez-vous au magasin", "Réunion de cadrage"],
        [ActivityKind.Email] = ["Envoi de la plaquette", "Devis envoyé", "Réponse à sa demande d'information"],
        [ActivityKind.Visit] = ["Passage avec des flyers", "Visite de la boutique", "Tournée du quartier : a pris une carte"],
        [ActivityKind.Event] = ["Rencontré au salon", "Atelier découverte", "Marché de Noël"],
        [ActivityKind.Referral] = ["Recommandé par une cliente", "Mis en relation par le voisin"],
        [ActivityKind.Note] = ["A consulté le site deux fois", "Inscrit à la newsletter"],
    };

    private static readonly string[] NextSteps = ["Envoyer le devis", "Rappeler", "Passer à la boutique", "Envoyer des échantillons", "Proposer un rendez-vous", "Relancer par message"];

    private readonly Dictionary<int, int> rankOf = stages.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
    private readonly HashSet<int> wonStages = stages.Where(s => s.Outcome == StageOutcome.Won).Select(s => s.Id).ToHashSet();
    private readonly HashSet<int> closedStages = stages.Where(s => s.Outcome != StageOutcome.Open).Select(s => s.Id).ToHashSet();

    public (List<Activity> Activities, List<Consent> Consents, List<Sale> Sales) For(Prospect prospect, Channel source, IReadOnlyList<StageChange> changes)
    {
        var consents = Consents(prospect);
        var end = closedStages.Contains(changes[^1].ToStageId) ? changes[^1].ChangedAt : now;
        var reached = changes.Max(c => rankOf.GetValueOrDefault(c.ToStageId));
        var count = faker.Random.Int(5, 10) + 2 * Math.Min(reached, 5);
        var span = (end - prospect.CreatedAt).TotalMinutes;
        var times = Enumerable.Range(0, count).Select(_ => prospect.CreatedAt.AddMinutes(faker.Random.Double(0, span))).Order().ToList();

        var activities = times.Select(at => Touch(prospect, source, at, consents)).ToList();
        if (!closedStages.Contains(prospect.StageId) && activities.Count > 0 && faker.Random.Bool(0.6f))
        {
            var last = activities[^1];
            last.NextStep = faker.PickRandom(NextSteps);
            last.NextStepDue = DateOnly.FromDateTime(now.AddDays(faker.Random.Int(-10, 14)));
        }

        var sales = new List<Sale>();
        foreach (var win in changes.Where(c => wonStages.Contains(c.ToStageId)))
        {
            var amount = prospect.EstimatedValue ?? Math.Round(faker.Random.Decimal(200, 5000) / 10) * 10;
            sales.Add(Sale(prospect, amount, win.ChangedAt));
            if (faker.Random.Bool(0.3f) && (now - win.ChangedAt).TotalDays > 10)
                sales.Add(Sale(prospect, Math.Round(amount * faker.Random.Decimal(0.2m, 0.8m)), win.ChangedAt.AddDays(faker.Random.Double(5, (now - win.ChangedAt).TotalDays))));
        }
        return (activities, consents, sales);
    }

    private List<Consent> Consents(Prospect prospect)
    {
        var consents = new List<Consent>();
        if (prospect.Email is not null && faker.Random.Bool(0.6f))
            consents.Add(Consent(prospect, ConsentPurpose.Email, ConsentBasis.Consent, faker.PickRandom("Case cochée sur le formulaire du site", "Carte signée au salon", "Demande par e-mail")));
        if (prospect.Phone is not null && faker.Random.Bool(0.5f))
            consents.Add(Consent(prospect, ConsentPurpose.Phone, ConsentBasis.LegitimateInterest, "A demandé à être rappelé lors du premier échange"));
        return consents;
    }

    private Activity Touch(Prospect prospect, Channel source, DateTime at, List<Consent> consents)
    {
        var channel = faker.Random.Bool(0.5f) ? source : faker.PickRandom(channels.ToArray());
        var kind = KindFor(channel);
        var direction = faker.Random.Bool(0.45f) ? Direction.Inbound : Direction.Outbound;
        if (ConsentRules.PurposeOf(kind, direction) is { } purpose && consents.All(c => c.Purpose != purpose))
            direction = Direction.Inbound;
        return new Activity
        {
            ProspectId = prospect.Id,
            Kind = kind,
            Direction = direction,
            ChannelId = channel.Id,
            OccurredAt = at,
            DurationMinutes = Duration(kind),
            Summary = faker.PickRandom(Summaries[kind]),
            CreatedById = prospect.OwnerId,
            CreatedAt = at,
            UpdatedAt = at,
        };
    }

    private ActivityKind KindFor(Channel channel) => channel.Kind switch
    {
        ChannelKind.Social => faker.PickRandom(ActivityKind.Dm, ActivityKind.Dm, ActivityKind.Comment, ActivityKind.Like),
        ChannelKind.Local => faker.PickRandom(ActivityKind.Visit, ActivityKind.Event, ActivityKind.Meeting),
        ChannelKind.Referral => faker.PickRandom(ActivityKind.Referral, ActivityKind.Meeting),
        ChannelKind.Owned => faker.PickRandom(ActivityKind.Note, ActivityKind.Email),
        _ => faker.PickRandom(ActivityKind.Call, ActivityKind.Email),
    };

    private int Duration(ActivityKind kind) => kind switch
    {
        ActivityKind.Like => 0,
        ActivityKind.Comment or ActivityKind.Note => faker.Random.Int(1, 3),
        ActivityKind.Dm or ActivityKind.Email => faker.Random.Int(2, 12),
        ActivityKind.Call => faker.Random.Int(5, 30),
        ActivityKind.Visit => faker.Random.Int(10, 40),
        _ => faker.Random.Int(30, 120),
    };

    private Consent Consent(Prospect prospect, ConsentPurpose purpose, ConsentBasis basis, string evidence) => new()
    {
        ProspectId = prospect.Id,
        Purpose = purpose,
        Basis = basis,
        Evidence = evidence,
        Source = "Démo",
        GivenOn = DateOnly.FromDateTime(prospect.CreatedAt),
        RecordedById = prospect.OwnerId,
        RecordedAt = prospect.CreatedAt,
    };

    private static Sale Sale(Prospect prospect, decimal amount, DateTime at) => new()
    {
        ProspectId = prospect.Id,
        Amount = amount,
        SoldAt = at,
        CreatedById = prospect.OwnerId,
        CreatedAt = at,
    };
}
