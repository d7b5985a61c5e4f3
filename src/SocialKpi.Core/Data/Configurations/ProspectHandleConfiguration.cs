using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialKpi.Prospects;

namespace SocialKpi.Data.Configurations;

internal sealed class ProspectHandleConfiguration : IEntityTypeConfiguration<ProspectHandle>
{
    public void Configure(EntityTypeBuilder<ProspectHandle> builder)
    {
        builder.Property(h => h.Handle).HasMaxLength(Limits.Handle);
        builder.HasOne(h => h.Channel).WithMany().HasForeignKey(h => h.ChannelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.ChannelId, h.Handle });
        builder.HasIndex(h => new { h.ProspectId, h.ChannelId }).IsUnique();
    }
}
