using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialKpi.Data.Migrations;

/// <summary>The workspace's settings row, starting with attribution's lookback window.</summary>
[DbContext(typeof(SocialKpiDbContext))]
[Migration("20261122140000_WorkspaceSettings")]
public sealed class WorkspaceSettingsTable : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "WorkspaceSettings",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false),
                AttributionLookbackDays = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_WorkspaceSettings", x => x.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("WorkspaceSettings");
}
