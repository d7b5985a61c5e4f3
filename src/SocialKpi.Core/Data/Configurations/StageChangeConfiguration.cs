using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialKpi.Pipeline;
using SocialKpi.Prospects;
using SocialKpi.Users;

namespace SocialKpi.Data.Configurations;

internal sealed class StageChangeConfiguration : IEntityTypeConfiguration<StageChange>
{
    public void Configure(EntityTypeBuilder<StageChange> builder)
    {
        // The import that wrote the row (revert). A plain column, not a foreign key: SQLite would rebuild these tables to add one.
        builder.HasIndex(c => c.ImportBatchId);
        builder.HasOne<Prospect>().WithMany().HasForeignKey(c => c.ProspectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Stage>().WithMany().HasForeignKey(c => c.FromStageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Stage>().WithMany().HasForeignKey(c => c.ToStageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.ChangedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<LossReason>().WithMany().HasForeignKey(c => c.LossReasonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ProspectId, c.ChangedAt });
    }
}
