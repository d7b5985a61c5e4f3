using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialKpi.Data.Migrations;

/// <summary>
/// Activities (touches and next steps), sales, consents and the history of edited or deleted
/// activities; the prospect's earliest open next step.
/// </summary>
[DbContext(typeof(SocialKpiDbContext))]
[Migration("20261122110000_Conversations")]
public sealed class Conversations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "NextStep", table: "Prospects", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<DateOnly>(name: "NextStepDue", table: "Prospects", nullable: true);

        migrationBuilder.CreateTable(
            name: "Activities",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation(Autoincrement.Sqlite, true),
                ProspectId = table.Column<int>(nullable: false),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                Direction = table.Column<string>(maxLength: 32, nullable: false),
                ChannelId = table.Column<int>(nullable: true),
                OccurredAt = table.Column<DateTime>(nullable: false),
                DurationMinutes = table.Column<int>(nullable: false),
                Summary = table.Column<string>(maxLength: 2000, nullable: false),
                NextStep = table.Column<string>(maxLength: 200, nullable: true),
                NextStepDue = table.Column<DateOnly>(nullable: true),
                NextStepDoneAt = table.Column<DateTime>(nullable: true),
                CreatedById = table.Column<string>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Activities", x => x.Id);
                table.ForeignKey("FK_Activities_AspNetUsers_CreatedById", x => x.CreatedById, "AspNetUsers", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_Activities_Channels_ChannelId", x => x.ChannelId, "Channels", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Activities_Prospects_ProspectId", x => x.ProspectId, "Prospects", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Activities_ChannelId", "Activities", "ChannelId");
        migrationBuilder.CreateIndex("IX_Activities_CreatedById", "Activities", "CreatedById");
        migrationBuilder.CreateIndex("IX_Activities_NextStepDue_NextStepDoneAt", "Activities", ["NextStepDue", "NextStepDoneAt"]);
        migrationBuilder.CreateIndex("IX_Activities_ProspectId_OccurredAt", "Activities", ["ProspectId", "OccurredAt"]);

        migrationBuilder.CreateTable(
            name: "Sales",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation(Autoincrement.Sqlite, true),
                ProspectId = table.Column<int>(nullable: false),
                Amount = table.Column<long>(nullable: false),
                SoldAt = table.Column<DateTime>(nullable: false),
                Note = table.Column<string>(maxLength: 200, nullable: true),
                CreatedById = table.Column<string>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Sales", x => x.Id);
                table.ForeignKey("FK_Sales_AspNetUsers_CreatedById", x => x.CreatedById, "AspNetUsers", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_Sales_Prospects_ProspectId", x => x.ProspectId, "Prospects", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Sales_CreatedById", "Sales", "CreatedById");
        migrationBuilder.CreateIndex("IX_Sales_ProspectId_SoldAt", "Sales", ["ProspectId", "SoldAt"]);

        migrationBuilder.CreateTable(
            name: "Consents",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation(Autoincrement.Sqlite, true),
                ProspectId = table.Column<int>(nullable: false),
                Purpose = table.Column<string>(maxLength: 32, nullable: false),
                Basis = table.Column<string>(maxLength: 32, nullable: false),
                Evidence = table.Column<string>(maxLength: 2000, nullable: false),
                Source = table.Column<string>(maxLength: 100, nullable: true),
                GivenOn = table.Column<DateOnly>(nullable: false),
                WithdrawnAt = table.Column<DateTime>(nullable: true),
                RecordedById = table.Column<string>(nullable: true),
                RecordedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Consents", x => x.Id);
                table.ForeignKey("FK_Consents_AspNetUsers_RecordedById", x => x.RecordedById, "AspNetUsers", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_Consents_Prospects_ProspectId", x => x.ProspectId, "Prospects", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Consents_ProspectId_Purpose", "Consents", ["ProspectId", "Purpose"]);
        migrationBuilder.CreateIndex("IX_Consents_RecordedById", "Consents", "RecordedById");

        migrationBuilder.CreateTable(
            name: "ProspectEvents",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation(Autoincrement.Sqlite, true),
                ProspectId = table.Column<int>(nullable: false),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                At = table.Column<DateTime>(nullable: false),
                ActorId = table.Column<string>(nullable: true),
                Before = table.Column<string>(maxLength: 4000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProspectEvents", x => x.Id);
                table.ForeignKey("FK_ProspectEvents_AspNetUsers_ActorId", x => x.ActorId, "AspNetUsers", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_ProspectEvents_Prospects_ProspectId", x => x.ProspectId, "Prospects", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ProspectEvents_ActorId", "ProspectEvents", "ActorId");
        migrationBuilder.CreateIndex("IX_ProspectEvents_ProspectId_At", "ProspectEvents", ["ProspectId", "At"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("ProspectEvents");
        migrationBuilder.DropTable("Consents");
        migrationBuilder.DropTable("Sales");
        migrationBuilder.DropTable("Activities");
        migrationBuilder.DropColumn("NextStepDue", "Prospects");
        migrationBuilder.DropColumn("NextStep", "Prospects");
    }
}
