using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialKpi.Data.Migrations;

/// <summary>
/// The baseline for EF Core's migration tooling (decision 0013): the schema that the hand-written
/// migrations before it already create, recorded in the model snapshot beside it, so that
/// `dotnet ef migrations add` generates only what changes from here on. It changes nothing, so
/// existing databases keep working.
/// </summary>
public partial class ToolingBaseline : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}
