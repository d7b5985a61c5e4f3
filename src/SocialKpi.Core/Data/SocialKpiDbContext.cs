using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Activities;
using SocialKpi.Channels;
using SocialKpi.Personas;
using SocialKpi.Pipeline;
using SocialKpi.Privacy;
using SocialKpi.Prospects;
using SocialKpi.Sales;
using SocialKpi.Users;

namespace SocialKpi.Data;

public class SocialKpiDbContext(DbContextOptions<SocialKpiDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>
    /// The keys that protect sign-in cookies and form tokens: in the database, so that every app
    /// instance serving it reads every cookie, and a backup restores sessions with the data.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Channel> Channels => Set<Channel>();
    public DbSet<Stage> Stages => Set<Stage>();
    public DbSet<StageChange> StageChanges => Set<StageChange>();
    public DbSet<Persona> Personas => Set<Persona>();
    public DbSet<PersonaCriterion> PersonaCriteria => Set<PersonaCriterion>();
    public DbSet<ProspectCriterion> ProspectCriteria => Set<ProspectCriterion>();
    public DbSet<Prospect> Prospects => Set<Prospect>();
    public DbSet<ProspectHandle> ProspectHandles => Set<ProspectHandle>();
    public DbSet<ProspectTag> ProspectTags => Set<ProspectTag>();
    public DbSet<ProspectEvent> ProspectEvents => Set<ProspectEvent>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<Sale> Sales => Set<Sale>();
    public DbSet<LossReason> LossReasons => Set<LossReason>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<Common.WorkspaceSettings> WorkspaceSettings => Set<Common.WorkspaceSettings>();
    public DbSet<Social.SocialAccount> SocialAccounts => Set<Social.SocialAccount>();
    public DbSet<Social.SocialSnapshot> SocialSnapshots => Set<Social.SocialSnapshot>();
    public DbSet<TimeSpent.TimeEntry> TimeEntries => Set<TimeSpent.TimeEntry>();
    public DbSet<Objectives.Objective> Objectives => Set<Objectives.Objective>();
    public DbSet<Auditing.AuditEntry> AuditEntries => Set<Auditing.AuditEntry>();
    public DbSet<Importing.ImportMapping> ImportMappings => Set<Importing.ImportMapping>();
    public DbSet<Importing.ImportBatch> ImportBatches => Set<Importing.ImportBatch>();
    public DbSet<Importing.ImportFill> ImportFills => Set<Importing.ImportFill>();
    public DbSet<Users.AccountLink> AccountLinks => Set<Users.AccountLink>();
    public DbSet<DataChange> DataChanges => Set<DataChange>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SocialKpiDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money is stored as whole cents: SQLite has no decimal type, and sums must run in SQL on
        // both providers. Times are stored in UTC and read back as UTC.
        configurationBuilder.Properties<decimal>().HaveConversion<CentsConverter>();
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
