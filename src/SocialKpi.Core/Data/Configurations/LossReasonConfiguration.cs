using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialKpi.Pipeline;

namespace SocialKpi.Data.Configurations;

internal sealed class LossReasonConfiguration : IEntityTypeConfiguration<LossReason>
{
    public void Configure(EntityTypeBuilder<LossReason> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(Limits.ShortText);
        builder.HasIndex(r => r.Name).IsUnique();
    }
}
