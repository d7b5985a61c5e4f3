using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SocialKpi.Data;

/// <summary>
/// Writes every time as UTC to the microsecond and marks what is read back as UTC, whatever the
/// provider. PostgreSQL keeps microseconds where SQLite's text keeps .NET's 100 ns ticks: cut to
/// the microsecond on both, the same data gives the same reports to the last digit (time decay
/// weighs touches by their exact age).
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => ToMicroseconds(value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime()),
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc))
{
    public static DateTime ToMicroseconds(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMicrosecond, DateTimeKind.Utc);
}
