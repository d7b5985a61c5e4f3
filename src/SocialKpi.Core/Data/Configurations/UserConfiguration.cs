using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialKpi.Users;

namespace SocialKpi.Data.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(Limits.Name);
        // Users who existed before deactivation did stay active (the column's default); EF still
        // writes the value it is given, so a false is never replaced by the default.
        builder.Property(u => u.IsActive).HasDefaultValue(true).ValueGeneratedNever();
    }
}
