using System;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialKpi.Data.Migrations;

/// <summary>
/// Imports that can be reverted (issue 12): a record per import, the id of the import on the rows
/// it wrote (plain indexed columns, so that SQLite adds them without rebuilding the tables), and the
/// fields it filled on prospects already there.
/// </summary>
public partial class ImportBatches : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(
            name: "ImportBatchId",
            table: "StageChanges",
            type: "INTEGER",
            nullable: true);

        migrationBuilder.AddColumn<int>(
            name: "ImportBatchId",
            table: "Sales",
            type: "INTEGER",
            nullable: true);

        migrationBuilder.AddColumn<int>(
            name: "ImportBatchId",
            table: "Prospects",
            type: "INTEGER",
            nullable: true);

        migrationBuilder.AddColumn<int>(
            name: "ImportBatchId",
            table: "Activities",
            type: "INTEGER",
            nullable: true);

        migrationBuilder.CreateTable(
            name: "ImportBatches",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                ImportedById = table.Column<string>(type: "TEXT", nullable: true),
                ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                Rows = table.Column<int>(type: "INTEGER", nullable: false),
                Created = table.Column<int>(type: "INTEGER", nullable: false),
                Filled = table.Column<int>(type: "INTEGER", nullable: false),
                Skipped = table.Column<int>(type: "INTEGER", nullable: false),
                RevertedById = table.Column<string>(type: "TEXT", nullable: true),
                RevertedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ImportBatches", x => x.Id);
                table.ForeignKey(
                    name: "FK_ImportBatches_AspNetUsers_ImportedById",
                    column: x => x.ImportedById,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_ImportBatches_AspNetUsers_RevertedById",
                    column: x => x.RevertedById,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "ImportFills",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ImportBatchId = table.Column<int>(type: "INTEGER", nullable: false),
                ProspectId = table.Column<int>(type: "INTEGER", nullable: false),
                Field = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ImportFills", x => x.Id);
                table.ForeignKey(
                    name: "FK_ImportFills_ImportBatches_ImportBatchId",
                    column: x => x.ImportBatchId,
                    principalTable: "ImportBatches",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_ImportFills_Prospects_ProspectId",
                    column: x => x.ProspectId,
                    principalTable: "Prospects",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_StageChanges_ImportBatchId",
            table: "StageChanges",
            column: "ImportBatchId");

        migrationBuilder.CreateIndex(
            name: "IX_Sales_ImportBatchId",
            table: "Sales",
            column: "ImportBatchId");

        migrationBuilder.CreateIndex(
            name: "IX_Prospects_ImportBatchId",
            table: "Prospects",
            column: "ImportBatchId");

        migrationBuilder.CreateIndex(
            name: "IX_Activities_ImportBatchId",
            table: "Activities",
            column: "ImportBatchId");

        migrationBuilder.CreateIndex(
            name: "IX_ImportBatches_ImportedAt",
            table: "ImportBatches",
            column: "ImportedAt");

        migrationBuilder.CreateIndex(
            name: "IX_ImportBatches_ImportedById",
            table: "ImportBatches",
            column: "ImportedById");

        migrationBuilder.CreateIndex(
            name: "IX_ImportBatches_RevertedById",
            table: "ImportBatches",
            column: "RevertedById");

        migrationBuilder.CreateIndex(
            name: "IX_ImportFills_ImportBatchId",
            table: "ImportFills",
            column: "ImportBatchId");

        migrationBuilder.CreateIndex(
            name: "IX_ImportFills_ProspectId",
            table: "ImportFills",
            column: "ProspectId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "ImportFills");

        migrationBuilder.DropTable(
            name: "ImportBatches");

        migrationBuilder.DropIndex(
            name: "IX_StageChanges_ImportBatchId",
            table: "StageChanges");

        migrationBuilder.DropIndex(
            name: "IX_Sales_ImportBatchId",
            table: "Sales");

        migrationBuilder.DropIndex(
            name: "IX_Prospects_ImportBatchId",
            table: "Prospects");

        migrationBuilder.DropIndex(
            name: "IX_Activities_ImportBatchId",
            table: "Activities");

        migrationBuilder.DropColumn(
            name: "ImportBatchId",
            table: "StageChanges");

        migrationBuilder.DropColumn(
            name: "ImportBatchId",
            table: "Sales");

        migrationBuilder.DropColumn(
            name: "ImportBatchId",
            table: "Prospects");

        migrationBuilder.DropColumn(
            name: "ImportBatchId",
            table: "Activities");
    }
}
