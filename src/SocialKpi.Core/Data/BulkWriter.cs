using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using SQLitePCL;

namespace SocialKpi.Data;

/// <summary>
/// Inserts many rows without change tracking: the demo seeder and the importers write hundreds of
/// thousands of rows, which EF's unit of work makes slow. Table and column names and value
/// conversions come from the EF model. On SQLite, one prepared INSERT with values bound through
/// SQLite's own API, in the text forms Microsoft.Data.Sqlite writes, because its per-parameter
/// binding cost as much as SQLite's inserts themselves; on PostgreSQL, a binary COPY. Rows must
/// carry their keys; the caller owns the transaction.
/// </summary>
public static class BulkWriter
{
    public static async Task InsertAsync<T>(SocialKpiDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken = default)
        where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        // EF does not see these rows: the transaction's commit records that anything may have changed.
        DataChangeJournal.WroteAnything(db);
        var properties = entityType.GetProperties().Where(p => p.PropertyInfo is not null).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entityType.GetTableName()!, entityType.GetSchema());
        var storeObject = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(storeObject)!)).ToList();
        // One compiled getter per column, the model's value conversion folded in.
        var getters = properties.Select(p => Getter<T>(p.PropertyInfo!, p.GetTypeMapping().Converter)).ToArray();

        if (db.Database.GetDbConnection().State != System.Data.ConnectionState.Open)
            await db.Database.OpenConnectionAsync(cancellationToken);
        if (db.Database.GetDbConnection() is NpgsqlConnection postgres)
        {
            var types = properties.Select(p => TypeName(p.GetColumnType(storeObject))).ToArray();
            await CopyAsync(postgres, $"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)", rows, getters, types, cancellationToken);
            await AdvanceIdentityAsync(db, entityType, table, sql, storeObject, cancellationToken);
            return;
        }
        var insert = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", properties.Select((_, i) => "?" + (i + 1)))})";
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var rc = raw.sqlite3_prepare_v2(connection.Handle, insert, out var statement);
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        using (statement)
        {
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var i = 0; i < getters.Length; i++)
                    Bind(statement, i + 1, getters[i](row));
                rc = raw.sqlite3_step(statement);
                if (rc != raw.SQLITE_DONE)
                    SqliteException.ThrowExceptionForRC(rc, connection.Handle);
                raw.sqlite3_reset(statement);
            }
        }
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string copy, IEnumerable<T> rows, Func<T, object?>[] getters, string[] types, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        // A million rows take longer than a command's 30 s; the caller's token is the limit.
        importer.Timeout = TimeSpan.Zero;
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < getters.Length; i++)
            {
                if (getters[i](row) is { } value)
                    await importer.WriteAsync(value, types[i], cancellationToken);
                else
                    await importer.WriteNullAsync(cancellationToken);
            }
        }
        await importer.CompleteAsync(cancellationToken);
    }

    /// <summary>A column's store type as Npgsql names it: "character varying(200)" is written as "character varying".</summary>
    private static string TypeName(string columnType) =>
        columnType.IndexOf('(', StringComparison.Ordinal) is > 0 and var facets ? columnType[..facets] : columnType;

    /// <summary>
    /// COPY writes the keys the rows carry without moving the table's identity sequence: moved
    /// past the largest key, EF's next insert does not collide with a copied row.
    /// </summary>
    private static async Task AdvanceIdentityAsync(SocialKpiDbContext db, IEntityType entityType, string table, ISqlGenerationHelper sql, StoreObjectIdentifier storeObject, CancellationToken cancellationToken)
    {
        if (entityType.FindPrimaryKey()?.Properties is not [{ ValueGenerated: ValueGenerated.OnAdd } key] || key.ClrType != typeof(int) && key.ClrType != typeof(long))
            return;
        var column = key.GetColumnName(storeObject)!;
        var quoted = sql.DelimitIdentifier(column);
        // Names come from the model, not from input; setval's third argument false when the table is empty.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync(
            $"SELECT setval(pg_get_serial_sequence('{table.Replace("'", "''", StringComparison.Ordinal)}', '{column}'), COALESCE((SELECT MAX({quoted}) FROM {table}), 0) + 1, false)",
            cancellationToken);
#pragma warning restore EF1002
    }

    /// <summary>Binds a provider value as Microsoft.Data.Sqlite would, so rows read back the same through EF.</summary>
    private static void Bind(sqlite3_stmt statement, int index, object? value)
    {
        var rc = value switch
        {
            null => raw.sqlite3_bind_null(statement, index),
            string text => raw.sqlite3_bind_text(statement, index, text),
            int number => raw.sqlite3_bind_int64(statement, index, number),
            long number => raw.sqlite3_bind_int64(statement, index, number),
            bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
            double number => raw.sqlite3_bind_double(statement, index, number),
            DateTime time => raw.sqlite3_bind_text(statement, index, StoredTime.Format(time)),
            DateTimeOffset time => raw.sqlite3_bind_text(statement, index, StoredTime.Format(time)),
            DateOnly day => raw.sqlite3_bind_text(statement, index, day.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
            Enum choice => raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(choice, CultureInfo.InvariantCulture)),
            byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
            _ => throw new NotSupportedException($"BulkWriter cannot bind a {value.GetType().Name}; add it to BulkWriter.Bind."),
        };
        if (rc != raw.SQLITE_OK)
            throw new InvalidOperationException($"SQLite refused parameter {index}: error {rc}.");
    }

    private static Func<T, object?> Getter<T>(PropertyInfo property, ValueConverter? converter)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression value = Expression.Property(row, property);
        if (converter is null)
            return Expression.Lambda<Func<T, object?>>(Expression.Convert(value, typeof(object)), row).Compile();

        // The converter's own expression, inlined; nulls stay null, as EF never converts them.
        var converted = Expression.Convert(
            Expression.Invoke(converter.ConvertToProviderExpression, Expression.Convert(value, converter.ModelClrType)),
            typeof(object));
        var body = property.PropertyType.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) is null
            ? (Expression)converted
            : Expression.Condition(Expression.Equal(value, Expression.Constant(null, property.PropertyType)), Expression.Constant(null, typeof(object)), converted);
        return Expression.Lambda<Func<T, object?>>(body, row).Compile();
    }
}
