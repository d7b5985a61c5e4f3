using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.WebUtilities;

namespace SocialKpi.Web.Components.Shared;

/// <summary>
/// Fills a page's <see cref="FromQueryAttribute"/> properties from a URL. A value that does not
/// read as the property's type (a hand-edited <c>?stage=abc</c>) leaves the property empty, so
/// the page shows everything rather than failing.
/// </summary>
internal sealed class QueryBinding
{
    private static readonly ConcurrentDictionary<Type, QueryBinding?> ByPageType = new();
    private readonly (PropertyInfo Property, string Name)[] properties;

    private QueryBinding((PropertyInfo, string)[] properties) => this.properties = properties;

    /// <summary>The binding of a page type, or null when it reads nothing from the query.</summary>
    public static QueryBinding? For(Type pageType) => ByPageType.GetOrAdd(pageType, type =>
    {
        var found = type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<FromQueryAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => (p.Property, p.Attribute!.Name ?? p.Property.Name))
            .ToArray();
        foreach (var (property, _) in found)
        {
            if (!CanRead(property.PropertyType))
                throw new InvalidOperationException($"{type.Name}.{property.Name}: a query value cannot be read as {property.PropertyType.Name}.");
        }
        return found.Length == 0 ? null : new QueryBinding(found);
    });

    /// <summary>The part of <paramref name="uri"/> that the binding reads: its query, without the fragment.</summary>
    public static string QueryOf(string uri)
    {
        var start = uri.IndexOf('?', StringComparison.Ordinal);
        if (start < 0)
            return "";
        var end = uri.IndexOf('#', start);
        return end < 0 ? uri[start..] : uri[start..end];
    }

    /// <summary>The URL without its query and fragment: which page it is.</summary>
    public static string PathOf(string uri)
    {
        var end = uri.IndexOfAny(['?', '#']);
        return end < 0 ? uri : uri[..end];
    }

    public void Bind(object page, string uri)
    {
        var values = QueryHelpers.ParseQuery(QueryOf(uri));
        foreach (var (property, name) in properties)
        {
            var text = values.TryGetValue(name, out var given) ? given.FirstOrDefault() : null;
            property.SetValue(page, Read(text, property.PropertyType));
        }
    }

    private static bool CanRead(Type type) =>
        type == typeof(string) || type == typeof(int?) || type == typeof(int) || type == typeof(bool) || type == typeof(bool?);

    private static object? Read(string? text, Type type)
    {
        if (type == typeof(string))
            return text;
        if (type == typeof(int?) || type == typeof(int))
        {
            int? number = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
            return type == typeof(int) ? number ?? 0 : number;
        }
        bool? flag = bool.TryParse(text, out var b) ? b : null;
        return type == typeof(bool) ? flag ?? false : flag;
    }
}
