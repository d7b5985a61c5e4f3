using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SocialKpi.Activities;
using SocialKpi.Data;

namespace SocialKpi.Attribution;

internal readonly record struct TouchRow(int ProspectId, int ChannelId, DateTime OccurredAt, int DurationMinutes);

internal readonly record struct ProspectRow(int Id, int SourceChannelId, DateTime CreatedAt);

/// <summary>
/// Reads every channel touch of a time range in journey order, and the prospects they belong to, with
/// a plain data reader: the report's big reads (a million rows), which EF's materializer makes about
/// three times slower. Names come
/// from the EF model, and times are read whichever way the provider returns them (SQLite stores
/// them as text, PostgreSQL as timestamps), so this stays the one provider-aware spot.
/// </summary>
internal static class TouchReader
{
    public static async IAsyncEnumerable<TouchRow> ReadAsync(SocialKpiDbContext db, DateTime fromUtc, DateTime toUtc, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var entity = db.Model.FindEntityType(typeof(Activity))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        var occurredAt = entity.FindProperty(nameof(Activity.OccurredAt))!.GetRelationalTypeMapping();

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
            await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT {Column(nameof(Activity.ProspectId))}, {Column(nameof(Activity.ChannelId))}, {Column(nameof(Activity.OccurredAt))}, {Column(nameof(Activity.DurationMinutes))} " +
            $"FROM {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"WHERE {Column(nameof(Activity.ChannelId))} IS NOT NULL AND {Column(nameof(Activity.OccurredAt))} >= {sql.GenerateParameterNamePlaceholder("from")} AND {Column(nameof(Activity.OccurredAt))} < {sql.GenerateParameterNamePlaceholder("to")} " +
            $"ORDER BY {Column(nameof(Activity.ProspectId))}, {Column(nameof(Activity.OccurredAt))}, {Column(nameof(Activity.Id))}";
        command.Parameters.Add(occurredAt.CreateParameter(command, sql.GenerateParameterName("from"), fromUtc));
        command.Parameters.Add(occurredAt.CreateParameter(command, sql.GenerateParameterName("to"), toUtc));

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var textTimes = reader.GetFieldType(2) == typeof(string);
        while (await reader.ReadAsync(cancellationToken))
        {
            var at = textTimes ? ParseStoredTime(reader.GetString(2)) : DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc);
            yield return new TouchRow(reader.GetInt32(0), reader.GetInt32(1), at, reader.GetInt32(3));
        }
    }

    /// <summary>Every prospect created before a time: id, source channel, creation time (the source touch).</summary>
    public static async Task<Dictionary<int, ProspectRow>> ProspectsAsync(SocialKpiDbContext db, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        var entity = db.Model.FindEntityType(typeof(Prospects.Prospect))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        var createdAt = entity.FindProperty(nameof(Prospects.Prospect.CreatedAt))!.GetRelationalTypeMapping();

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
            await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT {Column(nameof(Prospects.Prospect.Id))}, {Column(nameof(Prospects.Prospect.SourceChannelId))}, {Column(nameof(Prospects.Prospect.CreatedAt))} " +
            $"FROM {sql.DelimitIdentifier(table.Name, table.Schema)} WHERE {Column(nameof(Prospects.Prospect.CreatedAt))} < {sql.GenerateParameterNamePlaceholder("to")}";
        command.Parameters.Add(createdAt.CreateParameter(command, sql.GenerateParameterName("to"), toUtc));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var textTimes = reader.GetFieldType(2) == typeof(string);
        var prospects = new Dictionary<int, ProspectRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var at = textTimes ? ParseStoredTime(reader.GetString(2)) : DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc);
            prospects[reader.GetInt32(0)] = new ProspectRow(reader.GetInt32(0), reader.GetInt32(1), at);
        }
        return prospects;
    }

    /// <summary>SQLite's text form of a time, "yyyy-MM-dd HH:mm:ss[.FFFFFFF]", read without a general parser.</summary>
    internal static DateTime ParseStoredTime(string text)
    {
        if (text.Length < 19 || text[4] != '-' || text[10] is not (' ' or 'T'))
            return DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture), DateTimeKind.Utc);
        var ticks = 0L;
        if (text.Length > 20 && text[19] == '.')
        {
            var fraction = text.AsSpan(20);
            for (var i = 0; i < 7; i++)
                ticks = ticks * 10 + (i < fraction.Length && char.IsAsciiDigit(fraction[i]) ? fraction[i] - '0' : 0);
        }
        return new DateTime(Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2), Digits(text, 11, 2), Digits(text, 14, 2), Digits(text, 17, 2), DateTimeKind.Utc)
            .AddTicks(ticks);
    }

    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
            value = value * 10 + (text[i] - '0');
        return value;
    }
}
