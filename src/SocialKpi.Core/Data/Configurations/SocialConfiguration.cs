using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialKpi.Social;
using SocialKpi.TimeSpent;
using SocialKpi.Users;

namespace SocialKpi.Data.Configurations;

internal sealed class SocialAccountConfiguration : IEntityTypeConfiguration<SocialAccount>
{
    public void Configure(EntityTypeBuilder<SocialAccount> builder)
    {
        builder.Property(a => a.Handle).HasMaxLength(Limits.Handle);
        builder.HasOne(a => a.Channel).WithMany().HasForeignKey(a => a.ChannelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ChannelId, a.Handle }).IsUnique();
        builder.HasMany(a => a.Snapshots).WithOne().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SocialSnapshotConfiguration : IEntityTypeConfiguration<SocialSnapshot>
{
    public void Configure(EntityTypeBuilder<SocialSnapshot> builder)
    {
        builder.HasIndex(s => new { s.AccountId, s.Date }).IsUnique();
        builder.Ignore(s => s.Interactions);
        builder.Ignore(s => s.EngagementRate);
        builder.Ignore(s => s.EngagementRateByReach);
    }
}

internal sealed class TimeEntryConfiguration : IEntityTypeConfiguration<TimeEntry>
{
    public void Configure(EntityTypeBuilder<TimeEntry> builder)
    {
        builder.Property(t => t.Note).HasMaxLength(Limits.Name);
        builder.HasOne(t => t.Channel).WithMany().HasForeignKey(t => t.ChannelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.CreatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(t => new { t.ChannelId, t.Date });
        builder.HasIndex(t => t.Date);
    }
}
