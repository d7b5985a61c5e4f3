using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SocialKpi.Data;

/// <summary>
/// How `dotnet ef` builds the context when it generates a migration: the SQLite provider on a
/// throw-away file. The app never uses this; it configures the context in DatabaseSetup.
/// </summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<SocialKpiDbContext>
{
    public SocialKpiDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SocialKpiDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new SocialKpiDbContext(options.Options);
    }
}
