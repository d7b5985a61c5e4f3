using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SocialKpi.Data;

/// <summary>Writes every time as UTC and marks what is read back as UTC, whatever the provider.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc));
