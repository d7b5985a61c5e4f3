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
    }
}
