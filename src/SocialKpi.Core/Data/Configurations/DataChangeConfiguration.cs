using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SocialKpi.Data.Configurations;

internal sealed class DataChangeConfiguration : IEntityTypeConfiguration<DataChange>
{
    public void Configure(EntityTypeBuilder<DataChange> builder) => builder.HasKey(c => c.Seq);
}
