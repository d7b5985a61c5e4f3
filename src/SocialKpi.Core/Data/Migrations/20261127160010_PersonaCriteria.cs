using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialKpi.Data.Migrations;

/// <summary>Personas get a checklist of criteria, and prospects the criteria they meet (issue 11).</summary>
public partial class PersonaCriteria : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PersonaCriteria",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                PersonaId = table.Column<int>(type: "INTEGER", nullable: false),
                Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Position = table.Column<int>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PersonaCriteria", x => x.Id);
                table.ForeignKey(
                    name: "FK_PersonaCriteria_Personas_PersonaId",
                    column: x => x.PersonaId,
                    principalTable: "Personas",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ProspectCriteria",
            columns: table => new
            {
                ProspectId = table.Column<int>(type: "INTEGER", nullable: false),
                CriterionId = table.Column<int>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProspectCriteria", x => new { x.ProspectId, x.CriterionId });
                table.ForeignKey(
                    name: "FK_ProspectCriteria_PersonaCriteria_CriterionId",
                    column: x => x.CriterionId,
                    principalTable: "PersonaCriteria",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_ProspectCriteria_Prospects_ProspectId",
                    column: x => x.ProspectId,
                    principalTable: "Prospects",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_PersonaCriteria_PersonaId_Position",
            table: "PersonaCriteria",
            columns: new[] { "PersonaId", "Position" });

        migrationBuilder.CreateIndex(
            name: "IX_ProspectCriteria_CriterionId",
            table: "ProspectCriteria",
            column: "CriterionId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "ProspectCriteria");

        migrationBuilder.DropTable(
            name: "PersonaCriteria");
    }
}
