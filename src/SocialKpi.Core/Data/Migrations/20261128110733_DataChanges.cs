using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialKpi.Data.Migrations;

/// <summary>
/// The journal of committed writes (decision 0026), from which the attribution report's touches in
/// memory catch up with other processes' writes.
/// </summary>
public partial class DataChanges : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DataChanges",
            columns: table => new
            {
                Seq = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Prospects = table.Column<string>(type: "TEXT", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_DataChanges", x => x.Seq));
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "DataChanges");
}
