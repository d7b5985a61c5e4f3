using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Data;

namespace SocialKpi.Importing;

public enum ImportKind
{
    Prospects,
    Activities,
    Sales,
}

/// <summary>A mapping the wizard used, remembered for the next file with the same headers.</summary>
public class ImportMapping
{
    public int Id { get; set; }
    public ImportKind Kind { get; set; }

    /// <summary>The file's headers, normalised and joined: the same spreadsheet exported again finds its mapping.</summary>
    public required string HeadersKey { get; set; }

    /// <summary>Header → column, as JSON.</summary>
    public required string Columns { get; set; }

    public DateTime UsedAt { get; set; }
}

/// <summary>
/// The wizard's "map columns" step: each of the file's headers to one of the import's columns,
/// remembered from the last file with the same headers, or else guessed from the usual French and
/// English names ("Nom", "Courriel", "Société", "Phone", "Created"…).
/// </summary>
public sealed class ImportMappings(SocialKpiDbContext db, TimeProvider clock)
{
    public static IReadOnlyList<string> Columns(ImportKind kind) => kind switch
    {
        ImportKind.Prospects => HistoryImporter.ProspectColumns,
        ImportKind.Activities => HistoryImporter.ActivityColumns,
        _ => HistoryImporter.SaleColumns,
    };

    public static IReadOnlyList<string> Required(ImportKind kind) => kind switch
    {
        ImportKind.Prospects => HistoryImporter.ProspectRequired,
        ImportKind.Activities => HistoryImporter.ActivityRequired,
        _ => HistoryImporter.SaleRequired,
    };

    /// <summary>The remembered mapping for these headers, or the guess; and whether it was remembered.</summary>
    public async Task<(IReadOnlyDictionary<string, string> Mapping, bool Remembered)> SuggestAsync(ImportKind kind, IReadOnlyList<string> headers, CancellationToken cancellationToken = default)
    {
        var key = HeadersKey(headers);
        var saved = await db.ImportMappings.AsNoTracking().Where(m => m.Kind == kind && m.HeadersKey == key).Select(m => m.Columns).FirstOrDefaultAsync(cancellationToken);
        if (saved is not null && JsonSerializer.Deserialize<Dictionary<string, string>>(saved) is { } remembered)
        {
            // The file may write a header differently ("Nom " for "nom"): match them as the key does.
            var byKey = remembered.Where(p => Columns(kind).Contains(p.Value)).ToDictionary(p => Normalise(p.Key), p => p.Value);
            return (headers.Where(h => byKey.ContainsKey(Normalise(h))).ToDictionary(h => h, h => byKey[Normalise(h)]), true);
        }
        return (Guess(kind, headers), false);
    }

    public async Task RememberAsync(ImportKind kind, IReadOnlyList<string> headers, IReadOnlyDictionary<string, string> mapping, CancellationToken cancellationToken = default)
    {
        var key = HeadersKey(headers);
        var saved = await db.ImportMappings.FirstOrDefaultAsync(m => m.Kind == kind && m.HeadersKey == key, cancellationToken);
        if (saved is null)
        {
            saved = new ImportMapping { Kind = kind, HeadersKey = key, Columns = "" };
            db.ImportMappings.Add(saved);
        }
        saved.Columns = JsonSerializer.Serialize(mapping);
        saved.UsedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Each header to the first column it names, each column taken once.</summary>
    public static IReadOnlyDictionary<string, string> Guess(ImportKind kind, IReadOnlyList<string> headers)
    {
        var columns = Columns(kind);
        var mapping = new Dictionary<string, string>();
        foreach (var header in headers)
        {
            var name = Normalise(header);
            var column = columns.FirstOrDefault(c => Normalise(c) == name)
                ?? Synonyms.FirstOrDefault(s => s.Names.Contains(name) && columns.Contains(s.Column)).Column;
            if (column is not null && !mapping.ContainsValue(column))
                mapping[header] = column;
        }
        return mapping;
    }

    // Lower case, no accents, words separated by one space: "Adresse e-mail" → "adresse e mail".
    private static string Normalise(string header)
    {
        var text = new StringBuilder();
        foreach (var c in header.Trim().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            text.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string HeadersKey(IReadOnlyList<string> headers) => string.Join("|", headers.Select(Normalise));

    private static readonly (string Column, string[] Names)[] Synonyms =
    [
        ("ref", ["reference", "id", "identifiant", "code", "code client", "customer id", "n", "numero"]),
        ("name", ["nom", "nom complet", "full name", "contact", "prenom nom", "raison sociale", "client", "prospect"]),
        ("email", ["e mail", "mail", "courriel", "adresse e mail", "adresse mail", "email address"]),
        ("phone", ["telephone", "tel", "portable", "mobile", "phone number", "numero de telephone"]),
        ("handle", ["pseudo", "compte", "instagram", "username", "user name", "identifiant reseau"]),
        ("source_channel", ["canal", "source", "origine", "channel", "canal d origine", "provenance"]),
        ("created_at", ["cree le", "date de creation", "created", "creation", "date", "date d ajout", "added on"]),
        ("ring", ["perimetre", "cercle", "anneau", "distance"]),
        ("stage", ["etape", "statut", "status", "phase"]),
        ("company", ["societe", "entreprise", "organisation", "organization", "commerce", "boutique"]),
        ("owner", ["responsable", "commercial", "proprietaire", "assigned to", "owner email"]),
        ("tags", ["etiquettes", "mots cles", "labels", "tag"]),
        ("estimated_value", ["valeur estimee", "valeur", "montant estime", "value", "potentiel", "estimated"]),
        ("prospect_ref", ["ref prospect", "reference prospect", "prospect", "prospect id", "client"]),
        ("occurred_at", ["date", "quand", "when", "date de l echange", "occurred"]),
        ("kind", ["type", "nature", "type d echange", "activity"]),
        ("direction", ["sens", "qui a commence"]),
        ("duration_minutes", ["duree", "minutes", "duration", "duree minutes"]),
        ("summary", ["resume", "notes", "note", "commentaire", "description", "ce qui s est dit"]),
        ("sold_at", ["date de vente", "vendu le", "date", "sale date", "date facture"]),
        ("amount", ["montant", "total", "prix", "chiffre d affaires", "ca", "revenue", "montant ttc", "montant ht"]),
    ];
}
