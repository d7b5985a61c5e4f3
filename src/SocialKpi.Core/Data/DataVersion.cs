using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SocialKpi.Data;

/// <summary>
/// A count, per database, of the writes this process has committed, so that a cached report can
/// tell it is still true. It moves after a commit, never before: a report computed meanwhile is filed under the
/// older count and never served again. Writes by another process (a command-line import) are
/// caught by the caches' own look at the tables, not by this count.
/// </summary>
public static class DataVersion
{
    private static readonly ConcurrentDictionary<string, long> Versions = new(StringComparer.Ordinal);

    /// <summary>The count for one database, named by its connection string (only its data source matters).</summary>
    public static long Of(string? connectionString) => Versions.GetValueOrDefault(Key(connectionString));

    public static void Bump(string? connectionString) => Versions.AddOrUpdate(Key(connectionString), 1, (_, version) => version + 1);

    // The file (or in-memory name), so that two spellings of one database's connection string agree.
    private static string Key(string? connectionString)
    {
        if (string.IsNullOrEmpty(connectionString))
            return "";
        try
        {
            return new SqliteConnectionStringBuilder(connectionString).DataSource;
        }
        catch (ArgumentException)
        {
            return connectionString;
        }
    }
}

/// <summary>Counts a write that committed on its own: a statement run outside a transaction.</summary>
internal sealed class WriteCommandInterceptor : DbCommandInterceptor
{
    public static readonly WriteCommandInterceptor Instance = new();

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    // Inside a transaction the write is not visible until the commit, which CommitInterceptor counts.
    private static void Count(DbCommand command)
    {
        if (command.Transaction is null && IsWrite(command.CommandText))
            DataVersion.Bump(command.Connection?.ConnectionString);
    }

    private static bool IsWrite(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        return !text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>Counts every committed transaction: SaveChanges, imports, the bulk writer's callers.</summary>
internal sealed class CommitInterceptor : DbTransactionInterceptor
{
    public static readonly CommitInterceptor Instance = new();

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => DataVersion.Bump(eventData.Context?.Database.GetConnectionString());

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        DataVersion.Bump(eventData.Context?.Database.GetConnectionString());
        return Task.CompletedTask;
    }
}
