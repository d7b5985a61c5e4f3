using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialKpi.Prospects;
using SocialKpi.Sales;
using SocialKpi.Users;

namespace SocialKpi.Data.Configurations;

internal sealed class SaleConfiguration : IEntityTypeConfiguration<Sale>
{
    public void Configure(EntityTypeBuilder<Sale> builder)
    {
        builder.Property(s => s.Note).HasMaxLength(Limits.Name);
        // The import that wrote the row (revert). A plain column, not a foreign key: SQLite would rebuild these tables to add one.
        builder.HasIndex(s => s.ImportBatchId);
        builder.HasOne<Prospect>().WithMany().HasForeignKey(s => s.ProspectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.CreatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => new { s.ProspectId, s.SoldAt });
        builder.HasIndex(s => s.CreatedById);
    }
}
