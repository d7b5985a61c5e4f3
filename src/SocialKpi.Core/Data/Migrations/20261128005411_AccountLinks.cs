using System;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialKpi.Data.Migrations;

/// <summary>
/// One-time links (issue 13): invitations and password resets an owner hands over by hand. Only the
/// hash of each link's secret is stored.
/// </summary>
public partial class AccountLinks : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AccountLinks",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Purpose = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                UserId = table.Column<string>(type: "TEXT", nullable: true),
                CreatedById = table.Column<string>(type: "TEXT", nullable: true),
                CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AccountLinks", x => x.Id);
                table.ForeignKey(
                    name: "FK_AccountLinks_AspNetUsers_CreatedById",
                    column: x => x.CreatedById,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_AccountLinks_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_AccountLinks_CreatedById",
            table: "AccountLinks",
            column: "CreatedById");

        migrationBuilder.CreateIndex(
            name: "IX_AccountLinks_TokenHash",
            table: "AccountLinks",
            column: "TokenHash",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_AccountLinks_UserId",
            table: "AccountLinks",
            column: "UserId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "AccountLinks");
    }
}
