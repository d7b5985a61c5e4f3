using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialKpi.Activities;
using SocialKpi.Prospects;
using SocialKpi.Users;

namespace SocialKpi.Data.Configurations;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.Property(a => a.Summary).HasMaxLength(Limits.Summary);
        builder.Property(a => a.NextStep).HasMaxLength(Limits.Name);
        // The import that wrote the row (revert). A plain column, not a foreign key: SQLite would rebuild these tables to add one.
        builder.HasIndex(a => a.ImportBatchId);
        builder.HasOne<Prospect>().WithMany().HasForeignKey(a => a.ProspectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Channel).WithMany().HasForeignKey(a => a.ChannelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.CreatedById).OnDelete(DeleteBehavior.SetNull);

        // The timeline reads a prospect's activities newest first; follow-ups read open next steps by date.
        builder.HasIndex(a => new { a.ProspectId, a.OccurredAt });
        builder.HasIndex(a => new { a.NextStepDue, a.NextStepDoneAt });
        builder.HasIndex(a => a.ChannelId);
        builder.HasIndex(a => a.CreatedById);
        // The KPI board counts a period's conversations by kind and direction from this index alone.
        builder.HasIndex(a => new { a.OccurredAt, a.Kind, a.Direction });
    }
}
