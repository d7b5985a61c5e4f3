using SocialKpi.Channels;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;

namespace SocialKpi.Importing;

/// <summary>Reading one cell of an import row, recording why it is refused.</summary>
internal static class ImportCells
{
    public static string Required(CsvRow row, string column, List<ImportError> errors)
    {
        var value = row[column];
        if (value.Length == 0)
            errors.Add(new ImportError(row.Line, column, Messages.ImportRequired));
        return value;
    }

    /// <summary>A time of the imported past: from 1900 up to now, never later.</summary>
    public static DateTime Time(CsvRow row, string column, TimeProvider clock, List<ImportError> errors)
    {
        if (Required(row, column, errors).Length == 0)
            return default;
        if (!ImportValues.TryTime(row[column], clock.LocalTimeZone, out var utc))
            errors.Add(new ImportError(row.Line, column, Messages.ImportTimeInvalid));
        else if (utc > clock.GetUtcNow().UtcDateTime)
            errors.Add(new ImportError(row.Line, column, Messages.ImportTimeInFuture));
        return utc;
    }

    /// <summary>The channel's catalogue name; an unknown one is refused, or kept to be created with --create-channels.</summary>
    public static string? Channel(CsvRow row, string column, Dictionary<string, Channel> channels, ImportOptions options, List<ImportError> errors, bool required)
    {
        var name = required ? Required(row, column, errors) : row[column];
        if (name.Length == 0)
            return null;
        if (channels.TryGetValue(name, out var channel))
            return channel.Name;
        if (options.CreateChannels && CatalogueName.Clean(name).Error is null)
            return name;
        errors.Add(new ImportError(row.Line, column, Messages.ImportUnknownChannel(string.Join(", ", channels.Keys.Order(StringComparer.OrdinalIgnoreCase)))));
        return null;
    }

    public static int Prospect(CsvRow row, Dictionary<string, int> refs, List<ImportError> errors)
    {
        var reference = Required(row, "prospect_ref", errors);
        if (reference.Length == 0)
            return 0;
        if (refs.TryGetValue(reference, out var id))
            return id;
        errors.Add(new ImportError(row.Line, "prospect_ref", Messages.ImportUnknownProspect(reference)));
        return 0;
    }
}
