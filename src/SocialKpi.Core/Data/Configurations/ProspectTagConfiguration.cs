using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialKpi.Prospects;

namespace SocialKpi.Data.Configurations;

internal sealed class ProspectTagConfiguration : IEntityTypeConfiguration<ProspectTag>
{
    public void Configure(EntityTypeBuilder<ProspectTag> builder)
    {
        builder.HasKey(t => new { t.ProspectId, t.Name });
        builder.Property(t => t.Name).HasMaxLength(Limits.Tag);
        builder.HasIndex(t => t.Name);
    }
}
