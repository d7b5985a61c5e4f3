using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SocialKpi.Data;

namespace SocialKpi.Data.Postgres;

/// <summary>
/// How `dotnet ef` builds the context when it generates a PostgreSQL migration (see
/// docs/development.md). Nothing connects: the server named here need not exist.
/// </summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<SocialKpiDbContext>
{
    public SocialKpiDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SocialKpiDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Postgres, "Host=localhost;Database=socialkpi_design_time");
        return new SocialKpiDbContext(options.Options);
    }
}
