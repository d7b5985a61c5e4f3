using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialKpi.Privacy;
using SocialKpi.Prospects;
using SocialKpi.Users;

namespace SocialKpi.Data.Configurations;

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.Property(c => c.Evidence).HasMaxLength(Limits.Summary);
        builder.Property(c => c.Source).HasMaxLength(Limits.ShortText);
        builder.HasOne<Prospect>().WithMany().HasForeignKey(c => c.ProspectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.RecordedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.ProspectId, c.Purpose });
        builder.HasIndex(c => c.RecordedById);
    }
}
