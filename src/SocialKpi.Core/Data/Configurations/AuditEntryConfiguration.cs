using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialKpi.Auditing;

namespace SocialKpi.Data.Configurations;

/// <summary>
/// No foreign keys on purpose: deleting a prospect or a user must not delete or change what the log
/// says about them.
/// </summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.Detail).HasMaxLength(AuditEntry.DetailLength);
        builder.Property(e => e.Address).HasMaxLength(64);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.ProspectId, e.At });
        builder.HasIndex(e => new { e.UserId, e.At });
    }
}
