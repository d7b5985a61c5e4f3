using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SocialKpi.Web.Tests;

/// <summary>
/// Holds the next query a component runs until the test lets it go, so that a test can make
/// something happen while a page waits for the database (on SQLite every query would otherwise
/// complete before the page's next line). Lets every query through until <see cref="HoldNext"/>.
/// </summary>
public sealed class QueryGate : DbCommandInterceptor
{
    private TaskCompletionSource? release;
    private TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Holds the next query; the result lets it go.</summary>
    public TaskCompletionSource HoldNext()
    {
        reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref release, gate);
        return gate;
    }

    /// <summary>Completes once the held query has arrived.</summary>
    public Task Reached => reached.Task;

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref release, null) is { } gate)
        {
            reached.TrySetResult();
            await gate.Task;
        }
        return result;
    }
}
