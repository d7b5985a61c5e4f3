using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialKpi.Personas;

namespace SocialKpi.Data.Configurations;

internal sealed class PersonaConfiguration : IEntityTypeConfiguration<Persona>
{
    public void Configure(EntityTypeBuilder<Persona> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(Limits.ShortText);
        builder.Property(p => p.Description).HasMaxLength(Limits.LongText);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.HasMany(p => p.Criteria).WithOne().HasForeignKey(c => c.PersonaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PersonaCriterionConfiguration : IEntityTypeConfiguration<PersonaCriterion>
{
    public void Configure(EntityTypeBuilder<PersonaCriterion> builder)
    {
        builder.Property(c => c.Text).HasMaxLength(Limits.Name);
        builder.HasIndex(c => new { c.PersonaId, c.Position });
    }
}

internal sealed class ProspectCriterionConfiguration : IEntityTypeConfiguration<ProspectCriterion>
{
    public void Configure(EntityTypeBuilder<ProspectCriterion> builder)
    {
        builder.HasKey(c => new { c.ProspectId, c.CriterionId });
        builder.HasOne<Prospects.Prospect>().WithMany().HasForeignKey(c => c.ProspectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PersonaCriterion>().WithMany().HasForeignKey(c => c.CriterionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.CriterionId);
    }
}
