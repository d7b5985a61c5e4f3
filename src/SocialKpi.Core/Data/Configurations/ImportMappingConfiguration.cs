using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialKpi.Importing;

namespace SocialKpi.Data.Configurations;

internal sealed class ImportMappingConfiguration : IEntityTypeConfiguration<ImportMapping>
{
    public void Configure(EntityTypeBuilder<ImportMapping> builder)
    {
        builder.Property(m => m.HeadersKey).HasMaxLength(Limits.LongText);
        builder.Property(m => m.Columns).HasMaxLength(Limits.LongText);
        builder.HasIndex(m => new { m.Kind, m.HeadersKey }).IsUnique();
    }
}
