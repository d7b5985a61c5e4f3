using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialKpi.Common;

namespace SocialKpi.Data.Configurations;

internal sealed class WorkspaceSettingsConfiguration : IEntityTypeConfiguration<WorkspaceSettings>
{
    public void Configure(EntityTypeBuilder<WorkspaceSettings> builder)
    {
        builder.ToTable("WorkspaceSettings");
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}

internal sealed class ObjectiveConfiguration : IEntityTypeConfiguration<Objectives.Objective>
{
    public void Configure(EntityTypeBuilder<Objectives.Objective> builder)
    {
        builder.HasIndex(o => o.Kind).IsUnique();
        builder.Ignore(o => o.Goal);
    }
}
