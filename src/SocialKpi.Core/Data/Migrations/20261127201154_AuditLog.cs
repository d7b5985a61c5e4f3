using System;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialKpi.Data.Migrations;

/// <summary>
/// The audit log (issue 12), and a trigger that refuses to change an entry once written: nobody,
/// not even a bug in the app, edits the log. Entries leave only by the retention period.
/// </summary>
public partial class AuditLog : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                At = table.Column<DateTime>(type: "TEXT", nullable: false),
                UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                ProspectId = table.Column<int>(type: "INTEGER", nullable: true),
                Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                Address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditEntries", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_AuditEntries_At",
            table: "AuditEntries",
            column: "At");

        migrationBuilder.CreateIndex(
            name: "IX_AuditEntries_ProspectId_At",
            table: "AuditEntries",
            columns: new[] { "ProspectId", "At" });

        migrationBuilder.CreateIndex(
            name: "IX_AuditEntries_UserId_At",
            table: "AuditEntries",
            columns: new[] { "UserId", "At" });

        migrationBuilder.Sql("""
            CREATE TRIGGER "AuditEntries_read_only" BEFORE UPDATE ON "AuditEntries"
            BEGIN
                SELECT RAISE(ABORT, 'The audit log cannot be changed.');
            END;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_read_only";""");
        migrationBuilder.DropTable(
            name: "AuditEntries");
    }
}
