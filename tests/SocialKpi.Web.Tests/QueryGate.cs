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
    private HeldQuery? next;
    private int executed;

    /// <summary>How many queries have run (or are held) so far.</summary>
    public int Executed => Volatile.Read(ref executed);

    /// <summary>Holds the next query, until <see cref="HeldQuery.Release"/>.</summary>
    public HeldQuery HoldNext()
    {
        var held = new HeldQuery();
        Volatile.Write(ref next, held);
        return held;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref executed);
        if (Interlocked.Exchange(ref next, null) is { } held)
            await held.WaitAsync();
        return result;
    }
}

/// <summary>A query held by <see cref="QueryGate"/>.</summary>
public sealed class HeldQuery
{
    private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once a query has arrived and waits.</summary>
    public Task Reached => reached.Task;

    public void Release() => released.TrySetResult();

    internal Task WaitAsync()
    {
        reached.TrySetResult();
        return released.Task;
    }
}
