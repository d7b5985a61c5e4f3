using Microsoft.EntityFrameworkCore;
using SocialKpi.Data;
using SocialKpi.Prospects;

namespace SocialKpi.Tests;

/// <summary>Valid inputs to start from; a test changes only what it is about.</summary>
public static class Builders
{
    public static async Task<ProspectInput> ValidProspectAsync(SocialKpiDbContext db, string name = "Hélène Léger")
    {
        var instagram = await db.Channels.SingleAsync(c => c.Name == "Instagram");
        var follower = await db.Stages.OrderBy(s => s.Position).FirstAsync();
        return new ProspectInput
        {
            Name = name,
            Email = "helene@boulangerie-leger.fr",
            Phone = "06 12 34 56 78",
            SourceChannelId = instagram.Id,
            StageId = follower.Id,
            Ring = PerimeterRing.Street,
            EstimatedValue = "1 200",
            Tags = "boulangerie, voisin",
            Handles = [new HandleInput { ChannelId = instagram.Id, Handle = "@Boulangerie.Leger" }],
        };
    }
}
