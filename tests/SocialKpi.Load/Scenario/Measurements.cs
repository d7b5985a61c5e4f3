using System.Collections.Concurrent;
using System.Diagnostics;
using SocialKpi.Load.Blazor;

namespace SocialKpi.Load.Scenario;

/// <summary>
/// What the run saw: each action's latency (from the user's gesture to the change on the page),
/// the writes the page confirmed, and every error with its reason. Thread-safe; the simulated users
/// share one.
/// </summary>
public sealed class Measurements(TimeSpan warmUp)
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> latencies = new();
    private readonly ConcurrentQueue<string> errors = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private int confirmedLogs, confirmedMoves, confirmedSales, refusedMoves, sentLogs, sentMoves, sentSales, missedClicks;

    public int SentLogs => sentLogs;
    public int SentMoves => sentMoves;
    public int SentSales => sentSales;
    public int ConfirmedLogs => confirmedLogs;
    public int ConfirmedMoves => confirmedMoves;
    public int ConfirmedSales => confirmedSales;
    public int RefusedMoves => refusedMoves;
    public int Errors => errors.Count;
    public IReadOnlyCollection<string> ErrorMessages => errors;

    /// <summary>Times <paramref name="action"/>; latencies of the warm-up are left out of the figures, errors never are.</summary>
    public async Task<bool> TimeAsync(string name, Func<Task> action)
    {
        var started = clock.Elapsed;
        try
        {
            await action();
            if (started >= warmUp)
                latencies.GetOrAdd(name, _ => []).Add((clock.Elapsed - started).TotalMilliseconds);
            return true;
        }
        catch (ElementGoneException)
        {
            ClickMissed();
            return false;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            errors.Enqueue($"{name}: {e.Message.Split('\n')[0]}");
            return false;
        }
    }

    public void Fail(string error) => errors.Enqueue(error);

    /// <summary>A write left the page (confirmed or not): the most the database may hold.</summary>
    public void LogSent() => Interlocked.Increment(ref sentLogs);

    public void MoveSent(bool withSale)
    {
        Interlocked.Increment(ref sentMoves);
        if (withSale)
            Interlocked.Increment(ref sentSales);
    }

    public void LogConfirmed() => Interlocked.Increment(ref confirmedLogs);
    public void MoveConfirmed(bool withSale)
    {
        Interlocked.Increment(ref confirmedMoves);
        if (withSale)
            Interlocked.Increment(ref confirmedSales);
    }

    /// <summary>A move the app refused because someone else moved the card first: a correct answer, not an error.</summary>
    public void MoveRefused() => Interlocked.Increment(ref refusedMoves);

    /// <summary>
    /// The user aimed at something a render had just removed (a card a teammate's move took away):
    /// a browser would not deliver that click, so nothing was sent; the user simply goes on.
    /// </summary>
    public void ClickMissed() => Interlocked.Increment(ref missedClicks);

    public void Report(TextWriter output)
    {
        output.WriteLine($"{"action",-22} {"count",7} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}");
        foreach (var (name, bag) in latencies.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var sorted = bag.Order().ToArray();
            double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * q))];
            output.WriteLine($"{name,-22} {sorted.Length,7} {At(0.5),8:0} {At(0.95),8:0} {At(0.99),8:0} {sorted[^1],8:0}");
        }
        output.WriteLine($"confirmed logs {confirmedLogs}, moves {confirmedMoves} (with a sale {confirmedSales}), moves refused as moved meanwhile {refusedMoves}, clicks on what had just left the page {missedClicks}");
        output.WriteLine($"errors {errors.Count}");
        foreach (var group in errors.GroupBy(e => e).OrderByDescending(g => g.Count()).Take(15))
            output.WriteLine($"  {group.Count(),5} × {group.Key}");
    }
}
