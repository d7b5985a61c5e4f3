using System;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialKpi.Data.Migrations;

/// <summary>
/// The retention review (issue 12): when a prospect was erased, when and why an owner kept one past
/// three years without contact, and an index to find those quiet for three years.
/// </summary>
public partial class Retention : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>(
            name: "ErasedAt",
            table: "Prospects",
            type: "TEXT",
            nullable: true);

        migrationBuilder.AddColumn<DateTime>(
            name: "RetentionKeptAt",
            table: "Prospects",
            type: "TEXT",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "RetentionKeptReason",
            table: "Prospects",
            type: "TEXT",
            maxLength: 200,
            nullable: true);

        migrationBuilder.CreateIndex(
            name: "IX_Prospects_LastActivityAt",
            table: "Prospects",
            column: "LastActivityAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "IX_Prospects_LastActivityAt",
            table: "Prospects");

        migrationBuilder.DropColumn(
            name: "ErasedAt",
            table: "Prospects");

        migrationBuilder.DropColumn(
            name: "RetentionKeptAt",
            table: "Prospects");

        migrationBuilder.DropColumn(
            name: "RetentionKeptReason",
            table: "Prospects");
    }
}
