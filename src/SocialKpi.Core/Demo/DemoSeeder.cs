using Bogus;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Activities;
using SocialKpi.Channels;
using SocialKpi.Data;
using SocialKpi.Objectives;
using SocialKpi.Personas;
using SocialKpi.Pipeline;
using SocialKpi.Privacy;
using SocialKpi.Prospects;
using SocialKpi.Sales;
using SocialKpi.Users;

namespace SocialKpi.Demo;

public sealed record DemoSeedResult(int Prospects, int StageChanges, int Activities, int Consents, int Sales, TimeSpan Elapsed);

/// <summary>
/// Fills a workspace with a plausible French small-business pipeline: named people and shops in real
/// towns, met through every channel and ring, each with a stage history that climbs the funnel at a
/// rate that depends on its channel (referrals convert best, likes worst), with touches across
/// channels, consents, next steps and sales, so that every screen and report has something to show.
/// </summary>
public sealed class DemoSeeder(SocialKpiDbContext db, TimeProvider clock)
{
    private static readonly string[] TagPool = ["boulangerie", "coiffure", "artisan", "restaurant", "b2b", "vip", "salon-2026", "voisin", "fidèle", "mariage"];

    /// <summary>Adds demo data to an initialised workspace (see <see cref="WorkspaceInitializer"/>).</summary>
    public async Task<DemoSeedResult> SeedAsync(int prospectCount, int seed, CancellationToken cancellationToken = default)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var owners = await EnsureDemoTeamAsync(cancellationToken);
        var personas = await EnsurePersonasAsync(cancellationToken);
        var channels = await db.Channels.AsNoTracking().Where(c => !c.IsArchived).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var stages = await db.Stages.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken);

        var faker = new Faker("fr") { Random = new Randomizer(seed) };
        var now = clock.GetUtcNow().UtcDateTime;
        var lossReasons = await db.LossReasons.AsNoTracking().Select(r => r.Id).ToListAsync(cancellationToken);
        var plan = new DemoPlan(faker, channels, stages, owners, personas.Keys.Order().ToList(), lossReasons, now, TagPool);

        var nextProspectId = (await db.Prospects.MaxAsync(p => (int?)p.Id, cancellationToken) ?? 0) + 1;
        var nextChangeId = (await db.StageChanges.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0) + 1;
        var nextHandleId = (await db.ProspectHandles.MaxAsync(h => (int?)h.Id, cancellationToken) ?? 0) + 1;
        var nextActivityId = (await db.Activities.MaxAsync(a => (int?)a.Id, cancellationToken) ?? 0) + 1;
        var nextConsentId = (await db.Consents.MaxAsync(c => (int?)c.Id, cancellationToken) ?? 0) + 1;
        var nextSaleId = (await db.Sales.MaxAsync(s => (int?)s.Id, cancellationToken) ?? 0) + 1;

        var prospects = new List<Prospect>(prospectCount);
        var changes = new List<StageChange>(prospectCount * 3);
        var handles = new List<ProspectHandle>(prospectCount / 2);
        var tags = new List<ProspectTag>(prospectCount / 3);
        var activities = new List<Activity>(prospectCount * 10);
        var consents = new List<Consent>(prospectCount / 2);
        var sales = new List<Sale>(prospectCount / 10);
        var ticks = new List<ProspectCriterion>(prospectCount);
        for (var i = 0; i < prospectCount; i++)
        {
            var generated = plan.Next(nextProspectId++);
            prospects.Add(generated.Prospect);
            foreach (var activity in generated.Activities)
            {
                activity.Id = nextActivityId++;
                activities.Add(activity);
            }
            foreach (var consent in generated.Consents)
            {
                consent.Id = nextConsentId++;
                consents.Add(consent);
            }
            foreach (var sale in generated.Sales)
            {
                sale.Id = nextSaleId++;
                sales.Add(sale);
            }
            foreach (var change in generated.Changes)
            {
                change.Id = nextChangeId++;
                changes.Add(change);
            }
            foreach (var handle in generated.Prospect.Handles)
            {
                handle.Id = nextHandleId++;
                handles.Add(handle);
            }
            tags.AddRange(generated.Prospect.Tags);
            ticks.AddRange(Ticks(faker, generated.Prospect, generated.Sales.Count > 0, personas));
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await BulkWriter.InsertAsync(db, prospects, cancellationToken);
            await BulkWriter.InsertAsync(db, changes, cancellationToken);
            await BulkWriter.InsertAsync(db, handles, cancellationToken);
            await BulkWriter.InsertAsync(db, tags, cancellationToken);
            await BulkWriter.InsertAsync(db, activities, cancellationToken);
            await BulkWriter.InsertAsync(db, consents, cancellationToken);
            await BulkWriter.InsertAsync(db, sales, cancellationToken);
            await BulkWriter.InsertAsync(db, ticks, cancellationToken);
            // The workspace's own accounts and time, once: a second seed adds prospects only.
            if (!await db.SocialAccounts.AnyAsync(cancellationToken))
            {
                db.SocialAccounts.AddRange(DemoSocial.Accounts(faker, channels, now));
                db.TimeEntries.AddRange(DemoSocial.TimeEntries(faker, channels, now));
                await db.SaveChangesAsync(cancellationToken);
            }
            if (!await db.Objectives.AnyAsync(cancellationToken))
            {
                db.Objectives.AddRange(Objectives(prospects, activities, sales, now));
                await db.SaveChangesAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        return new DemoSeedResult(prospects.Count, changes.Count, activities.Count, consents.Count, sales.Count, started.Elapsed);
    }

    /// <summary>Two colleagues who own prospects; they have no password, so nobody signs in as them.</summary>
    private async Task<IReadOnlyList<string>> EnsureDemoTeamAsync(CancellationToken cancellationToken)
    {
        (string Email, string Name)[] team = [("camille.martin@demo.socialkpi.local", "Camille Martin"), ("lucas.bernard@demo.socialkpi.local", "Lucas Bernard")];
        var memberRole = await db.Roles.SingleAsync(r => r.Name == Roles.Member, cancellationToken);
        foreach (var (email, name) in team)
        {
            var normalized = email.ToUpperInvariant();
            if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
                continue;
            var user = new AppUser
            {
                UserName = email,
                NormalizedUserName = normalized,
                Email = email,
                NormalizedEmail = normalized,
                DisplayName = name,
                EmailConfirmed = true,
                LockoutEnabled = true,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
            };
            db.Users.Add(user);
            db.UserRoles.Add(new() { UserId = user.Id, RoleId = memberRole.Id });
        }
        await db.SaveChangesAsync(cancellationToken);
        return await db.Users.OrderBy(u => u.Email).Select(u => u.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Three personas, each with a checklist; returns each persona's criteria.</summary>
    private async Task<IReadOnlyDictionary<int, int[]>> EnsurePersonasAsync(CancellationToken cancellationToken)
    {
        (string Name, string Description, string[] Criteria)[] personas =
        [
            ("Commerçant de quartier", "Boutique ou restaurant à moins de 5 km, clientèle locale, décide seul.",
                ["À moins de 5 km", "Décide seul", "Ouvert le dimanche", "A une vitrine sur rue"]),
            ("Artisan", "Plombier, menuisier, coiffeuse… carnet de commandes irrégulier, peu de temps pour le numérique.",
                ["Carnet de commandes irrégulier", "Pas de site web", "Travaille avec des particuliers"]),
            ("Indépendant du digital", "Freelance ou petite agence, déjà présent sur LinkedIn et Instagram.",
                ["Actif sur LinkedIn", "Actif sur Instagram", "Budget marketing mensuel", "Plus de 500 abonnés", "Vend en ligne"]),
        ];
        foreach (var (name, description, criteria) in personas)
        {
            var persona = await db.Personas.Include(p => p.Criteria).FirstOrDefaultAsync(p => p.Name == name, cancellationToken);
            if (persona is null)
            {
                persona = new Persona { Name = name, Description = description };
                db.Personas.Add(persona);
            }
            if (persona.Criteria.Count == 0)
                persona.Criteria.AddRange(criteria.Select((text, position) => new PersonaCriterion { Text = text, Position = position }));
        }
        await db.SaveChangesAsync(cancellationToken);
        return (await db.PersonaCriteria.AsNoTracking().ToListAsync(cancellationToken))
            .GroupBy(c => c.PersonaId)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Position).Select(c => c.Id).ToArray());
    }

    /// <summary>
    /// Criteria a demo prospect meets: clients meet more of them than others, so that the fit report
    /// shows a profile that predicts sales, as a good persona does.
    /// </summary>
    private static IEnumerable<ProspectCriterion> Ticks(Faker faker, Prospect prospect, bool client, IReadOnlyDictionary<int, int[]> criteria)
    {
        if (prospect.PersonaId is not { } personaId || !criteria.TryGetValue(personaId, out var checklist))
            yield break;
        foreach (var criterion in checklist)
        {
            if (faker.Random.Bool(client ? 0.75f : 0.4f))
                yield return new ProspectCriterion { ProspectId = prospect.Id, CriterionId = criterion };
        }
    }

    /// <summary>
    /// Objectives with targets near what the demo's last period produced, so the board shows some
    /// reached and some behind; set once, like the accounts.
    /// </summary>
    private static IEnumerable<Objective> Objectives(List<Prospect> prospects, List<Activity> activities, List<Sale> sales, DateTime now)
    {
        var month = now.AddDays(-30);
        var week = now.AddDays(-7);
        static decimal Round(decimal value, decimal step) => Math.Max(step, Math.Round(value / step) * step);
        yield return new() { Kind = ObjectiveKind.Image, Metric = KpiMetric.EngagementRate, Target = 3m, Period = ObjectivePeriod.Quarter, UpdatedAt = now };
        yield return new() { Kind = ObjectiveKind.Traffic, Metric = KpiMetric.NewProspects, Target = Round(prospects.Count(p => p.CreatedAt >= month), 10), Period = ObjectivePeriod.Month, UpdatedAt = now };
        yield return new() { Kind = ObjectiveKind.Offers, Metric = KpiMetric.Conversations, Target = Round(activities.Count(a => a.OccurredAt >= week && a.Kind is not ActivityKind.Note and not ActivityKind.Like) * 0.9m, 10), Period = ObjectivePeriod.Week, UpdatedAt = now };
        yield return new() { Kind = ObjectiveKind.Sales, Metric = KpiMetric.Revenue, Target = Round(sales.Where(s => s.SoldAt >= month).Sum(s => s.Amount) * 1.2m, 100), Period = ObjectivePeriod.Month, UpdatedAt = now };
    }
}
