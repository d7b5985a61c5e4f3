using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SocialKpi.Data;

/// <summary>Stores an amount of money as a whole number of cents, rounded half away from zero.</summary>
public sealed class CentsConverter() : ValueConverter<decimal, long>(
    value => (long)decimal.Round(value * 100m, MidpointRounding.AwayFromZero),
    cents => cents / 100m);
