using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Channels;
using SocialKpi.Pipeline;
using SocialKpi.Users;

namespace SocialKpi.Data;

/// <summary>Brings a database to the current schema and gives a new workspace its catalogue.</summary>
public static class WorkspaceInitializer
{
    /// <param name="language">"fr" names the default channels and stages in French, anything else in English.</param>
    public static async Task InitializeAsync(SocialKpiDbContext db, string language = "en", CancellationToken cancellationToken = default)
    {
        await RefuseNewerSchemaAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);

        var french = language.StartsWith("fr", StringComparison.OrdinalIgnoreCase);
        if (!await db.Channels.AnyAsync(cancellationToken))
            db.Channels.AddRange(DefaultChannels.All.Select(c => new Channel { Name = french ? c.French : c.English, Kind = c.Kind }));
        if (!await db.Stages.AnyAsync(cancellationToken))
        {
            db.Stages.AddRange(DefaultStages.All.Select((s, i) => new Stage
            {
                Name = french ? s.French : s.English,
                Position = i,
                WinProbability = s.WinProbability,
                Outcome = s.Outcome,
                StaleAfterDays = s.StaleAfterDays,
            }));
        }
        if (!await db.LossReasons.AnyAsync(cancellationToken))
            db.LossReasons.AddRange(DefaultLossReasons.All.Select(r => new LossReason { Name = french ? r.French : r.English }));
        var existingRoles = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        foreach (var role in Roles.All.Except(existingRoles))
            db.Roles.Add(new IdentityRole(role!) { NormalizedName = role!.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Migrations this build does not know (the database was used by a newer SocialKpi) mean the
    /// schema may differ in ways this build would misread: stop instead of failing on every page.
    /// </summary>
    public static async Task RefuseNewerSchemaAsync(SocialKpiDbContext db, CancellationToken cancellationToken = default)
    {
        if (await UnknownMigrationsAsync(db, cancellationToken) is [.., var newest])
            throw new StartupProblem($"This database was last used by a newer SocialKpi (its migration {newest} is unknown to this version): update SocialKpi, or restore a backup made with this version. / Cette base a servi à une version plus récente de SocialKpi (migration {newest} inconnue) : mettez SocialKpi à jour, ou restaurez une sauvegarde faite avec cette version.");
    }

    /// <summary>Applied migrations this build does not have, oldest first.</summary>
    public static async Task<IReadOnlyList<string>> UnknownMigrationsAsync(SocialKpiDbContext db, CancellationToken cancellationToken = default)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        return applied.Where(m => !known.Contains(m)).Order(StringComparer.Ordinal).ToList();
    }
}
