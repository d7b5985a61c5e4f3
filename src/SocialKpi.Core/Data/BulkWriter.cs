using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace SocialKpi.Data;

/// <summary>
/// Inserts many rows through one prepared INSERT, without change tracking: the demo seeder and the
/// importers write hundreds of thousands of rows, which EF's unit of work makes slow. Table, column
/// names and value conversions come from the EF model, so the SQL stays provider-neutral. Rows must
/// carry their keys; the caller owns the transaction.
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

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
            await db.Database.OpenConnectionAsync(cancellationToken);

        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var columns = properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(storeObject)!));
        var names = properties.Select((_, i) => sql.GenerateParameterNamePlaceholder("p" + i));
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", names)})";

        var mappings = properties.Select(p => (RelationalTypeMapping)p.GetTypeMapping()).ToArray();
        var parameters = new DbParameter[properties.Count];
        for (var i = 0; i < properties.Count; i++)
        {
            parameters[i] = mappings[i].CreateParameter(command, sql.GenerateParameterName("p" + i), null, nullable: true);
            command.Parameters.Add(parameters[i]);
        }
        await command.PrepareAsync(cancellationToken);

        foreach (var row in rows)
        {
            for (var i = 0; i < properties.Count; i++)
            {
                var value = properties[i].PropertyInfo!.GetValue(row);
                if (value is not null && mappings[i].Converter is { } converter)
                    value = converter.ConvertToProvider(value);
                parameters[i].Value = value ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
