using System;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialKpi.Data.Migrations;

/// <summary>The user's own social accounts with dated snapshots, time entries and the hourly rate (issue 11).</summary>
public partial class SocialAccountsAndTime : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<long>(
            name: "HourlyRate",
            table: "WorkspaceSettings",
            type: "INTEGER",
            nullable: true);

        migrationBuilder.CreateTable(
            name: "SocialAccounts",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ChannelId = table.Column<int>(type: "INTEGER", nullable: false),
                Handle = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SocialAccounts", x => x.Id);
                table.ForeignKey(
                    name: "FK_SocialAccounts_Channels_ChannelId",
                    column: x => x.ChannelId,
                    principalTable: "Channels",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "TimeEntries",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ChannelId = table.Column<int>(type: "INTEGER", nullable: false),
                Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                CreatedById = table.Column<string>(type: "TEXT", nullable: true),
                CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TimeEntries", x => x.Id);
                table.ForeignKey(
                    name: "FK_TimeEntries_AspNetUsers_CreatedById",
                    column: x => x.CreatedById,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_TimeEntries_Channels_ChannelId",
                    column: x => x.ChannelId,
                    principalTable: "Channels",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "SocialSnapshots",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                Followers = table.Column<int>(type: "INTEGER", nullable: false),
                Reach = table.Column<int>(type: "INTEGER", nullable: true),
                Impressions = table.Column<int>(type: "INTEGER", nullable: true),
                Likes = table.Column<int>(type: "INTEGER", nullable: true),
                Comments = table.Column<int>(type: "INTEGER", nullable: true),
                Shares = table.Column<int>(type: "INTEGER", nullable: true),
                Saves = table.Column<int>(type: "INTEGER", nullable: true),
                Mentions = table.Column<int>(type: "INTEGER", nullable: true),
                ProfileVisits = table.Column<int>(type: "INTEGER", nullable: true),
                LinkClicks = table.Column<int>(type: "INTEGER", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SocialSnapshots", x => x.Id);
                table.ForeignKey(
                    name: "FK_SocialSnapshots_SocialAccounts_AccountId",
                    column: x => x.AccountId,
                    principalTable: "SocialAccounts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_SocialAccounts_ChannelId_Handle",
            table: "SocialAccounts",
            columns: new[] { "ChannelId", "Handle" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_SocialSnapshots_AccountId_Date",
            table: "SocialSnapshots",
            columns: new[] { "AccountId", "Date" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_TimeEntries_ChannelId_Date",
            table: "TimeEntries",
            columns: new[] { "ChannelId", "Date" });

        migrationBuilder.CreateIndex(
            name: "IX_TimeEntries_CreatedById",
            table: "TimeEntries",
            column: "CreatedById");

        migrationBuilder.CreateIndex(
            name: "IX_TimeEntries_Date",
            table: "TimeEntries",
            column: "Date");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "SocialSnapshots");

        migrationBuilder.DropTable(
            name: "TimeEntries");

        migrationBuilder.DropTable(
            name: "SocialAccounts");

        migrationBuilder.DropColumn(
            name: "HourlyRate",
            table: "WorkspaceSettings");
    }
}
