using SocialKpi.Data;

namespace SocialKpi.Importing;

/// <summary>An import's name as the tag put on the prospects it creates: the rules of a tag typed on a prospect.</summary>
public static class ImportTags
{
    /// <summary>Lower case, without commas (they separate tags), at most <see cref="Limits.Tag"/> characters; the fallback when empty.</summary>
    public static string From(string? name, string fallback)
    {
        var tag = (string.IsNullOrWhiteSpace(name) ? fallback : name).Trim().ToLowerInvariant().Replace(",", " ", StringComparison.Ordinal);
        return tag.Length > Limits.Tag ? tag[..Limits.Tag].TrimEnd() : tag;
    }
}
