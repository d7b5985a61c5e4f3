using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialKpi.Data;

namespace SocialKpi.Web.Infrastructure;

/// <summary>
/// Healthy only when the database has exactly this build's migrations: a database that another
/// version migrated further (or one not yet migrated) answers queries but not as this build expects.
/// </summary>
public sealed class SchemaHealthCheck(SocialKpiDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if ((await WorkspaceInitializer.UnknownMigrationsAsync(db, cancellationToken)).Count > 0)
            return HealthCheckResult.Unhealthy("The database has migrations this version does not know.");
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            return HealthCheckResult.Unhealthy("The database lacks migrations of this version.");
        return HealthCheckResult.Healthy();
    }
}
