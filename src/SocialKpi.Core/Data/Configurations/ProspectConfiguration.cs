using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialKpi.Prospects;

namespace SocialKpi.Data.Configurations;

internal sealed class ProspectConfiguration : IEntityTypeConfiguration<Prospect>
{
    public void Configure(EntityTypeBuilder<Prospect> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(Limits.Name);
        builder.Property(p => p.NameNormalized).HasMaxLength(Limits.Name);
        builder.Property(p => p.Company).HasMaxLength(Limits.Name);
        builder.Property(p => p.Email).HasMaxLength(Limits.Email);
        builder.Property(p => p.Phone).HasMaxLength(Limits.Phone);
        builder.Property(p => p.City).HasMaxLength(Limits.ShortText);
        builder.Property(p => p.Notes).HasMaxLength(Limits.LongText);
        builder.Property(p => p.NextStep).HasMaxLength(Limits.Name);
        builder.Property(p => p.ExternalRef).HasMaxLength(Limits.ShortText);
        builder.HasIndex(p => p.ExternalRef).IsUnique();
        builder.Property(p => p.Version).IsConcurrencyToken();

        // The import that wrote the row (revert). A plain column, not a foreign key: SQLite would rebuild these tables to add one.
        builder.HasIndex(p => p.ImportBatchId);

        builder.HasOne(p => p.SourceChannel).WithMany().HasForeignKey(p => p.SourceChannelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Stage).WithMany().HasForeignKey(p => p.StageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Owner).WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(p => p.Persona).WithMany().HasForeignKey(p => p.PersonaId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Handles).WithOne().HasForeignKey(h => h.ProspectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Tags).WithOne().HasForeignKey(t => t.ProspectId).OnDelete(DeleteBehavior.Cascade);

        // The list filters and sorts on these; e-mail and phone also find duplicates.
        builder.HasIndex(p => p.NameNormalized);
        builder.HasIndex(p => p.Email);
        builder.HasIndex(p => p.Phone);
        builder.HasIndex(p => new { p.StageId, p.LastActivityAt });
        builder.HasIndex(p => p.SourceChannelId);
        // Cover the board's header figures (count and value per stage, for everyone or one owner).
        builder.HasIndex(p => new { p.StageId, p.EstimatedValue });
        builder.HasIndex(p => new { p.OwnerId, p.StageId, p.EstimatedValue });
        builder.HasIndex(p => p.PersonaId);
        builder.HasIndex(p => p.CreatedAt);
        builder.Property(p => p.RetentionKeptReason).HasMaxLength(Limits.Name);
        builder.HasIndex(p => p.LastActivityAt);
    }
}
