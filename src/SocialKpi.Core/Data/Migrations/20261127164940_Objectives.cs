using System;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialKpi.Data.Migrations;

/// <summary>Objectives with their targets for the KPI board, and an index to count a period's conversations (issue 11).</summary>
public partial class Objectives : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Objectives",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                Metric = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                Target = table.Column<long>(type: "INTEGER", nullable: false),
                Period = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Objectives", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_Activities_OccurredAt_Kind_Direction",
            table: "Activities",
            columns: new[] { "OccurredAt", "Kind", "Direction" });

        migrationBuilder.CreateIndex(
            name: "IX_Objectives_Kind",
            table: "Objectives",
            column: "Kind",
            unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "Objectives");

        migrationBuilder.DropIndex(
            name: "IX_Activities_OccurredAt_Kind_Direction",
            table: "Activities");
    }
}
