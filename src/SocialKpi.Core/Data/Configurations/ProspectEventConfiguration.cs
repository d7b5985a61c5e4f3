using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialKpi.Prospects;
using SocialKpi.Users;

namespace SocialKpi.Data.Configurations;

internal sealed class ProspectEventConfiguration : IEntityTypeConfiguration<ProspectEvent>
{
    public void Configure(EntityTypeBuilder<ProspectEvent> builder)
    {
        builder.Property(e => e.Before).HasMaxLength(Limits.LongText);
        builder.HasOne<Prospect>().WithMany().HasForeignKey(e => e.ProspectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.ActorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => new { e.ProspectId, e.At });
        builder.HasIndex(e => e.ActorId);
    }
}
