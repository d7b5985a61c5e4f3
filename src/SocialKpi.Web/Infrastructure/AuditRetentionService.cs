using SocialKpi.Auditing;

namespace SocialKpi.Web.Infrastructure;

/// <summary>
/// Removes audit entries older than the retention period (a year unless SocialKpi:AuditRetentionDays
/// says otherwise) at start and then once a day, so the log keeps what the law asks and no more.
/// </summary>
public sealed class AuditRetentionService(IServiceScopeFactory scopes, ILogger<AuditRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var daily = new PeriodicTimer(TimeSpan.FromDays(1));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var removed = await scope.ServiceProvider.GetRequiredService<AuditTrail>().PurgeAsync(stoppingToken);
                if (removed > 0)
                    logger.LogInformation("Removed {Count} audit entries past the retention period.", removed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A busy or missing database must not stop the app; the next day tries again.
                logger.LogWarning(e, "The audit log's retention could not run.");
            }
        }
        while (await daily.WaitForNextTickAsync(stoppingToken));
    }
}
