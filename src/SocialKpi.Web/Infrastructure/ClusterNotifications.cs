using System.Text.Json;
using System.Threading.Channels;
using Npgsql;
using SocialKpi.Data;
using SocialKpi.Users;

namespace SocialKpi.Web.Infrastructure;

/// <summary>
/// On PostgreSQL, carries what open pages must hear of between the app instances that serve one
/// database: prospect changes (a card moved on another instance shows on this one's boards) and
/// ended sessions (a sign-out or a deactivation elsewhere signs this instance's pages out). Each
/// instance LISTENs on one channel and NOTIFYs what happened in it; it ignores its own messages,
/// which its pages heard already. On SQLite (one instance) it does nothing.
/// </summary>
public sealed class ClusterNotifications(DatabaseLocation location, IProspectChanges changes, SessionEnds sessions, ILogger<ClusterNotifications> logger)
    : BackgroundService
{
    private const string ChannelName = "socialkpi";

    private readonly string instance = Guid.NewGuid().ToString("N");
    private readonly Channel<Message> outgoing = Channel.CreateUnbounded<Message>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Done once this instance hears the others (tests wait for it before publishing).</summary>
    public Task Listening => listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (location.Provider != DatabaseProvider.Postgres)
        {
            listening.TrySetResult();
            return;
        }
        await using var dataSource = NpgsqlDataSource.Create(location.ConnectionString);
        changes.ChangedHere += OnChangedHere;
        sessions.EndedHere += OnEndedHere;
        try
        {
            await Task.WhenAll(ListenAsync(dataSource, stoppingToken), SendAsync(dataSource, stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            changes.ChangedHere -= OnChangedHere;
            sessions.EndedHere -= OnEndedHere;
        }
    }

    private void OnChangedHere(ProspectChange change) =>
        outgoing.Writer.TryWrite(new Message(instance, change.ProspectId, change.FromStageId, null, change.Owner is not null, change.Owner?.Id));

    private void OnEndedHere(string userId) => outgoing.Writer.TryWrite(new Message(instance, null, null, userId));

    private async Task ListenAsync(NpgsqlDataSource dataSource, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) => Receive(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {ChannelName}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                listening.TrySetResult();
                while (true)
                    await connection.WaitAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The server restarted or the network dropped: pages fall back on their minute's
                // checks until the connection is back.
                logger.LogWarning(e, "Lost the cluster notifications' connection; trying again");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    private async Task SendAsync(NpgsqlDataSource dataSource, CancellationToken stoppingToken)
    {
        await foreach (var message in outgoing.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var notify = dataSource.CreateCommand($"SELECT pg_notify('{ChannelName}', $1)");
                notify.Parameters.Add(new NpgsqlParameter<string> { TypedValue = JsonSerializer.Serialize(message) });
                await notify.ExecuteNonQueryAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Could not tell the other instances of a change");
            }
        }
    }

    private void Receive(string payload)
    {
        try
        {
            if (JsonSerializer.Deserialize<Message>(payload) is not { } message || message.Instance == instance)
                return;
            if (message.ProspectId is { } prospectId)
                changes.Receive(new ProspectChange(prospectId, message.FromStageId, Owner: message.OwnerKnown == true ? new ProspectOwner(message.OwnerId) : null));
            if (message.UserId is { } userId)
                sessions.Receive(userId);
        }
        catch (JsonException e)
        {
            logger.LogWarning(e, "Ignored a cluster notification that is not ours");
        }
    }

    // OwnerKnown is nullable so that a message from an instance not yet upgraded reads as "unknown".
    private sealed record Message(string Instance, int? ProspectId, int? FromStageId, string? UserId, bool? OwnerKnown = null, string? OwnerId = null);
}
