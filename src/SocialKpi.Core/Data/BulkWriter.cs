using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SQLitePCL;

namespace SocialKpi.Data;

/// <summary>
/// Inserts many rows through one prepared INSERT, without change tracking: the demo seeder and the
/// importers write hundreds of thousands of rows, which EF's unit of work makes slow. Table and
/// column names and value conversions come from the EF model; values are bound with SQLite's own
/// API, in the text forms Microsoft.Data.Sqlite writes, because its per-parameter binding cost as
/// much as SQLite's inserts themselves. Rows must carry their keys; the caller owns the transaction.
/// </summary>
public static class BulkWriter
{
    public static async Task InsertAsync<T>(SocialKpiDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken = default)
        where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var properties = entityType.GetProperties().Where(p => p.PropertyInfo is not null).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entityType.GetTableName()!, entityType.GetSchema());
        var storeObject = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(storeObject)!));
        var insert = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", properties.Select((_, i) => "?" + (i + 1)))})";
        // One compiled getter per column, the model's value conversion folded in.
        var getters = properties.Select(p => Getter<T>(p.PropertyInfo!, p.GetTypeMapping().Converter)).ToArray();

        if (db.Database.GetDbConnection().State != System.Data.ConnectionState.Open)
            await db.Database.OpenConnectionAsync(cancellationToken);
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
