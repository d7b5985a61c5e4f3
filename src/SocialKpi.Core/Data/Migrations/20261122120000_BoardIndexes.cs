using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialKpi.Data.Migrations;

/// <summary>
/// Covering indexes for the board's header figures (count and value per stage, for everyone or for
/// one owner): the aggregate reads only the index instead of every prospect row.
/// </summary>
[DbContext(typeof(SocialKpiDbContext))]
[Migration("20261122120000_BoardIndexes")]
public sealed class BoardIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex("IX_Prospects_StageId_EstimatedValue", "Prospects", ["StageId", "EstimatedValue"]);
        migrationBuilder.CreateIndex("IX_Prospects_OwnerId_StageId_EstimatedValue", "Prospects", ["OwnerId", "StageId", "EstimatedValue"]);
        migrationBuilder.DropIndex("IX_Prospects_OwnerId", "Prospects");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex("IX_Prospects_OwnerId", "Prospects", "OwnerId");
        migrationBuilder.DropIndex("IX_Prospects_OwnerId_StageId_EstimatedValue", "Prospects");
        migrationBuilder.DropIndex("IX_Prospects_StageId_EstimatedValue", "Prospects");
    }
}
