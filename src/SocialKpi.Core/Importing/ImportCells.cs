using SocialKpi.Channels;
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

    public static DateTime Time(CsvRow row, string column, TimeZoneInfo zone, List<ImportError> errors)
    {
        if (Required(row, column, errors).Length == 0)
            return default;
        if (ImportValues.TryTime(row[column], zone, out var utc))
            return utc;
        errors.Add(new ImportError(row.Line, column, Messages.ImportTimeInvalid));
        return default;
    }

    /// <summary>The channel's catalogue name; an unknown one is refused, or kept to be created with --create-channels.</summary>
    public static string? Channel(CsvRow row, string column, Dictionary<string, Channel> channels, ImportOptions options, List<ImportError> errors, bool required)
    {
        var name = required ? Required(row, column, errors) : row[column];
        if (name.Length == 0)
            return null;
        if (channels.TryGetValue(name, out var channel))
            return channel.Name;
        if (options.CreateChannels && name.Length <= Limits.ShortText)
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
