using Microsoft.EntityFrameworkCore;
using SocialKpi.Data;

namespace SocialKpi.Prospects;

public enum DuplicateReason
{
    Email,
    Phone,
    Handle,
}

public sealed record DuplicateMatch(int ProspectId, string Name, DuplicateReason Reason, string Value);

/// <summary>Existing prospects that share a normalised e-mail, phone or handle with what is being saved.</summary>
public sealed class DuplicateFinder(SocialKpiDbContext db)
{
    private const int MaxMatches = 5;

    public async Task<IReadOnlyList<DuplicateMatch>> FindAsync(ProspectInput input, int? excludeProspectId, CancellationToken cancellationToken = default)
    {
        var matches = new List<DuplicateMatch>();
        var others = db.Prospects.AsNoTracking().Where(p => p.Id != excludeProspectId);

        if (ContactNormalizer.Email(input.Email) is { } email)
        {
            matches.AddRange(await others.Where(p => p.Email == email).Take(MaxMatches)
                .Select(p => new DuplicateMatch(p.Id, p.Name, DuplicateReason.Email, email)).ToListAsync(cancellationToken));
        }
        if (ContactNormalizer.Phone(input.Phone) is { Length: > 0 } phone)
        {
            matches.AddRange(await others.Where(p => p.Phone == phone).Take(MaxMatches)
                .Select(p => new DuplicateMatch(p.Id, p.Name, DuplicateReason.Phone, phone)).ToListAsync(cancellationToken));
        }
        foreach (var handle in input.Handles)
        {
            if (ContactNormalizer.Handle(handle.Handle) is not { } normalized)
                continue;
            matches.AddRange(await db.ProspectHandles.AsNoTracking()
                .Where(h => h.ChannelId == handle.ChannelId && h.Handle == normalized && h.ProspectId != excludeProspectId)
                .Take(MaxMatches)
                .Join(db.Prospects, h => h.ProspectId, p => p.Id, (h, p) => new DuplicateMatch(p.Id, p.Name, DuplicateReason.Handle, "@" + normalized))
                .ToListAsync(cancellationToken));
        }
        return matches;
    }
}
