using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace SocialKpi.Data.Postgres.Migrations;

/// <summary>
/// The journal of committed writes (decision 0026), from which each instance's attribution touches
/// in memory catch up with the other instances' writes.
/// </summary>
public partial class DataChanges : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DataChanges",
            columns: table => new
            {
                Seq = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Prospects = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_DataChanges", x => x.Seq));
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "DataChanges");
}
