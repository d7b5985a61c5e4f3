using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace SocialKpi.Data;

/// <summary>
/// A check-then-write that must not run twice at once (the first owner, an invitation accepted in
/// two tabs), in a serializable transaction. When another one gets there at the same time, SQLite
/// answers "locked" and PostgreSQL a serialization failure: the write is tried again from the
/// start, and the next attempt's check sees what the other one wrote.
/// </summary>
internal static class SerializableWrite
{
    private const int Attempts = 5;

    public static async Task<T> RunAsync<T>(SocialKpiDbContext db, Func<Task<T>> checkThenWrite)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable);
                // A refusal (a check that failed) has written nothing: committing it changes nothing.
                var result = await checkThenWrite();
                await transaction.CommitAsync();
                return result;
            }
            catch (Exception e) when (attempt < Attempts && IsConflict(e))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>What a concurrent writer causes, however deep EF and the provider wrap it.</summary>
    public static bool IsConflict(Exception e) =>
        e is DbException or DbUpdateException || e.InnerException is { } inner && IsConflict(inner);
}
