using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialKpi.Importing;
using SocialKpi.Prospects;
using SocialKpi.Users;

namespace SocialKpi.Data.Configurations;

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.Property(b => b.Name).HasMaxLength(Limits.Name);
        builder.Property(b => b.FileName).HasMaxLength(Limits.Name);
        builder.HasIndex(b => b.ImportedAt);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(b => b.ImportedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(b => b.RevertedById).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ImportFillConfiguration : IEntityTypeConfiguration<ImportFill>
{
    public void Configure(EntityTypeBuilder<ImportFill> builder)
    {
        builder.Property(f => f.Field).HasMaxLength(Limits.Name);
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(f => f.ImportBatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Prospect>().WithMany().HasForeignKey(f => f.ProspectId).OnDelete(DeleteBehavior.Cascade);
    }
}
