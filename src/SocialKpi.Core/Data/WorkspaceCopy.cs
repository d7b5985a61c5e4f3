using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SocialKpi.Data;

/// <summary>What a copy moved: rows per table, in the order they were written.</summary>
public sealed record WorkspaceCopyResult(IReadOnlyList<(string Table, int Rows)> Tables);

/// <summary>
/// Copies a whole workspace from one database to another, whatever the providers: every table of
/// the model (users with their password hashes, roles, settings, history, the audit log), with
/// the same keys, in an order where each row's references are already there. This is how a
/// workspace grows out of SQLite into PostgreSQL (issue 13). The target must be migrated and
/// empty; the copy is one transaction on it, so a failure leaves it empty.
/// </summary>
public static class WorkspaceCopy
{
    private static readonly MethodInfo CopyTableMethod = typeof(WorkspaceCopy).GetMethod(nameof(CopyTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static async Task<WorkspaceCopyResult> CopyAsync(SocialKpiDbContext from, SocialKpiDbContext to, CancellationToken cancellationToken = default)
    {
        var order = InDependencyOrder(to.Model);
        foreach (var entityType in order)
        {
            if (await CountAsync(to, entityType, cancellationToken) > 0)
                throw new InvalidOperationException($"The target database already holds data (table {entityType.GetTableName()}): copy into an empty database. / La base cible contient déjà des données (table {entityType.GetTableName()}) : copiez vers une base vide.");
        }

        var tables = new List<(string, int)>();
        await using var transaction = await to.Database.BeginTransactionAsync(cancellationToken);
        foreach (var entityType in order)
        {
            var rows = await (Task<int>)CopyTableMethod.MakeGenericMethod(entityType.ClrType).Invoke(null, [from, to, cancellationToken])!;
            tables.Add((entityType.GetTableName()!, rows));
        }
        await transaction.CommitAsync(cancellationToken);
        return new WorkspaceCopyResult(tables);
    }

    private static async Task<int> CopyTableAsync<T>(SocialKpiDbContext from, SocialKpiDbContext to, CancellationToken cancellationToken)
        where T : class
    {
        // Streamed: a million activities go from one reader to the writer without being held.
        var count = 0;
        IEnumerable<T> Counted(IEnumerable<T> rows)
        {
            foreach (var row in rows)
            {
                count++;
                yield return row;
            }
        }
        await BulkWriter.InsertAsync(to, Counted(from.Set<T>().AsNoTracking().AsEnumerable()), cancellationToken);
        return count;
    }

    private static Task<int> CountAsync(SocialKpiDbContext db, IEntityType entityType, CancellationToken cancellationToken) =>
        (Task<int>)typeof(WorkspaceCopy).GetMethod(nameof(CountOfAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(entityType.ClrType).Invoke(null, [db, cancellationToken])!;

    private static Task<int> CountOfAsync<T>(SocialKpiDbContext db, CancellationToken cancellationToken)
        where T : class => db.Set<T>().CountAsync(cancellationToken);

    /// <summary>Tables whose references point only to tables before them; a table's references to itself wait for its own rows.</summary>
    internal static IReadOnlyList<IEntityType> InDependencyOrder(IModel model)
    {
        var pending = model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()).ToList();
        foreach (var entityType in pending)
        {
            // BulkWriter writes the properties a class declares; a shadow property would be lost.
            if (entityType.GetProperties().FirstOrDefault(p => p.PropertyInfo is null && p.FieldInfo is null) is { } shadow)
                throw new NotSupportedException($"{entityType.DisplayName()}.{shadow.Name} is a shadow property, which a copy cannot carry.");
        }
        var ordered = new List<IEntityType>();
        while (pending.Count > 0)
        {
            var ready = pending
                .Where(e => e.GetForeignKeys().All(fk => fk.PrincipalEntityType == e || ordered.Contains(fk.PrincipalEntityType)))
                .OrderBy(e => e.GetTableName(), StringComparer.Ordinal)
                .ToList();
            if (ready.Count == 0)
                throw new InvalidOperationException("The model's references form a cycle: " + string.Join(", ", pending.Select(e => e.GetTableName())));
            ordered.AddRange(ready);
            pending.RemoveAll(ready.Contains);
        }
        return ordered;
    }
}
