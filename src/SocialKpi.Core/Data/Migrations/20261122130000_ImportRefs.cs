using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialKpi.Data.Migrations;

/// <summary>The user's own key of an imported prospect, unique, so that activity and sale files can name it.</summary>
[DbContext(typeof(SocialKpiDbContext))]
[Migration("20261122130000_ImportRefs")]
public sealed class ImportRefs : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "ExternalRef", table: "Prospects", maxLength: 100, nullable: true);
        migrationBuilder.CreateIndex("IX_Prospects_ExternalRef", "Prospects", "ExternalRef", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_Prospects_ExternalRef", "Prospects");
        migrationBuilder.DropColumn("ExternalRef", "Prospects");
    }
}
