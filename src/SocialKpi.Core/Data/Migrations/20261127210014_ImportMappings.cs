using System;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialKpi.Data.Migrations;

/// <summary>The import wizard's column mappings, remembered per set of headers (issue 12).</summary>
public partial class ImportMappings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ImportMappings",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                HeadersKey = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                Columns = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                UsedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ImportMappings", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_ImportMappings_Kind_HeadersKey",
            table: "ImportMappings",
            columns: new[] { "Kind", "HeadersKey" },
            unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "ImportMappings");
    }
}
