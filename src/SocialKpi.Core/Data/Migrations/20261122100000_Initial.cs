using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialKpi.Data.Migrations;

/// <summary>
/// Users (ASP.NET Core Identity), the channel catalogue, the pipeline's stages, personas, prospects
/// with their handles and tags, and the stage history. Written by hand (no EF design-time package
/// here); <c>SchemaTests</c> checks it against the model.
/// </summary>
[DbContext(typeof(SocialKpiDbContext))]
[Migration("20261122100000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        CreateIdentityTables(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "Channels",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation(Autoincrement.Sqlite, true),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                IsArchived = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Channels", x => x.Id));
        migrationBuilder.CreateIndex("IX_Channels_Name", "Channels", "Name", unique: true);

        migrationBuilder.CreateTable(
            name: "Stages",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation(Autoincrement.Sqlite, true),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Position = table.Column<int>(nullable: false),
                WinProbability = table.Column<int>(nullable: false),
                Outcome = table.Column<string>(maxLength: 32, nullable: false),
                StaleAfterDays = table.Column<int>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Stages", x => x.Id));
        migrationBuilder.CreateIndex("IX_Stages_Position", "Stages", "Position");

        migrationBuilder.CreateTable(
            name: "Personas",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation(Autoincrement.Sqlite, true),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Description = table.Column<string>(maxLength: 4000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Personas", x => x.Id));
        migrationBuilder.CreateIndex("IX_Personas_Name", "Personas", "Name", unique: true);

        // Loss reasons came with the Conversations work but before any release, so they live here:
        // adding a foreign key to an existing SQLite table needs a hand-written table rebuild.
        migrationBuilder.CreateTable(
            name: "LossReasons",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation(Autoincrement.Sqlite, true),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                IsArchived = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_LossReasons", x => x.Id));
        migrationBuilder.CreateIndex("IX_LossReasons_Name", "LossReasons", "Name", unique: true);

        CreateProspectTables(migrationBuilder);
    }

    private static void CreateProspectTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Prospects",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation(Autoincrement.Sqlite, true),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                NameNormalized = table.Column<string>(maxLength: 200, nullable: false),
                Company = table.Column<string>(maxLength: 200, nullable: true),
                Email = table.Column<string>(maxLength: 254, nullable: true),
                Phone = table.Column<string>(maxLength: 32, nullable: true),
                City = table.Column<string>(maxLength: 100, nullable: true),
                Notes = table.Column<string>(maxLength: 4000, nullable: true),
                SourceChannelId = table.Column<int>(nullable: false),
                OwnerId = table.Column<string>(nullable: true),
                StageId = table.Column<int>(nullable: false),
                PersonaId = table.Column<int>(nullable: true),
                Ring = table.Column<string>(maxLength: 32, nullable: false),
                EstimatedValue = table.Column<long>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                StageChangedAt = table.Column<DateTime>(nullable: false),
                LastActivityAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Prospects", x => x.Id);
                table.ForeignKey("FK_Prospects_AspNetUsers_OwnerId", x => x.OwnerId, "AspNetUsers", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_Prospects_Channels_SourceChannelId", x => x.SourceChannelId, "Channels", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Prospects_Personas_PersonaId", x => x.PersonaId, "Personas", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_Prospects_Stages_StageId", x => x.StageId, "Stages", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_Prospects_CreatedAt", "Prospects", "CreatedAt");
        migrationBuilder.CreateIndex("IX_Prospects_Email", "Prospects", "Email");
        migrationBuilder.CreateIndex("IX_Prospects_NameNormalized", "Prospects", "NameNormalized");
        migrationBuilder.CreateIndex("IX_Prospects_OwnerId", "Prospects", "OwnerId");
        migrationBuilder.CreateIndex("IX_Prospects_PersonaId", "Prospects", "PersonaId");
        migrationBuilder.CreateIndex("IX_Prospects_Phone", "Prospects", "Phone");
        migrationBuilder.CreateIndex("IX_Prospects_SourceChannelId", "Prospects", "SourceChannelId");
        migrationBuilder.CreateIndex("IX_Prospects_StageId_LastActivityAt", "Prospects", ["StageId", "LastActivityAt"]);

        migrationBuilder.CreateTable(
            name: "ProspectHandles",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation(Autoincrement.Sqlite, true),
                ProspectId = table.Column<int>(nullable: false),
                ChannelId = table.Column<int>(nullable: false),
                Handle = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProspectHandles", x => x.Id);
                table.ForeignKey("FK_ProspectHandles_Channels_ChannelId", x => x.ChannelId, "Channels", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ProspectHandles_Prospects_ProspectId", x => x.ProspectId, "Prospects", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ProspectHandles_ChannelId_Handle", "ProspectHandles", ["ChannelId", "Handle"]);
        migrationBuilder.CreateIndex("IX_ProspectHandles_ProspectId_ChannelId", "ProspectHandles", ["ProspectId", "ChannelId"], unique: true);

        migrationBuilder.CreateTable(
            name: "ProspectTags",
            columns: table => new
            {
                ProspectId = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 50, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProspectTags", x => new { x.ProspectId, x.Name });
                table.ForeignKey("FK_ProspectTags_Prospects_ProspectId", x => x.ProspectId, "Prospects", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ProspectTags_Name", "ProspectTags", "Name");

        migrationBuilder.CreateTable(
            name: "StageChanges",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation(Autoincrement.Sqlite, true),
                ProspectId = table.Column<int>(nullable: false),
                FromStageId = table.Column<int>(nullable: true),
                ToStageId = table.Column<int>(nullable: false),
                ChangedAt = table.Column<DateTime>(nullable: false),
                ChangedById = table.Column<string>(nullable: true),
                LossReasonId = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StageChanges", x => x.Id);
                table.ForeignKey("FK_StageChanges_AspNetUsers_ChangedById", x => x.ChangedById, "AspNetUsers", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_StageChanges_Prospects_ProspectId", x => x.ProspectId, "Prospects", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_StageChanges_Stages_FromStageId", x => x.FromStageId, "Stages", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_StageChanges_Stages_ToStageId", x => x.ToStageId, "Stages", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_StageChanges_LossReasons_LossReasonId", x => x.LossReasonId, "LossReasons", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_StageChanges_ChangedById", "StageChanges", "ChangedById");
        migrationBuilder.CreateIndex("IX_StageChanges_FromStageId", "StageChanges", "FromStageId");
        migrationBuilder.CreateIndex("IX_StageChanges_ProspectId_ChangedAt", "StageChanges", ["ProspectId", "ChangedAt"]);
        migrationBuilder.CreateIndex("IX_StageChanges_ToStageId", "StageChanges", "ToStageId");
        migrationBuilder.CreateIndex("IX_StageChanges_LossReasonId", "StageChanges", "LossReasonId");
    }

    private static void CreateIdentityTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AspNetRoles",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                Name = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedName = table.Column<string>(maxLength: 256, nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AspNetRoles", x => x.Id));
        migrationBuilder.CreateIndex("RoleNameIndex", "AspNetRoles", "NormalizedName", unique: true);

        migrationBuilder.CreateTable(
            name: "AspNetUsers",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                DisplayName = table.Column<string>(maxLength: 200, nullable: false),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(maxLength: 256, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(nullable: false),
                PasswordHash = table.Column<string>(nullable: true),
                SecurityStamp = table.Column<string>(nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
                PhoneNumber = table.Column<string>(nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                TwoFactorEnabled = table.Column<bool>(nullable: false),
                LockoutEnd = table.Column<DateTimeOffset>(nullable: true),
                LockoutEnabled = table.Column<bool>(nullable: false),
                AccessFailedCount = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AspNetUsers", x => x.Id));
        migrationBuilder.CreateIndex("EmailIndex", "AspNetUsers", "NormalizedEmail");
        migrationBuilder.CreateIndex("UserNameIndex", "AspNetUsers", "NormalizedUserName", unique: true);

        migrationBuilder.CreateTable(
            name: "AspNetRoleClaims",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation(Autoincrement.Sqlite, true),
                RoleId = table.Column<string>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                table.ForeignKey("FK_AspNetRoleClaims_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_AspNetRoleClaims_RoleId", "AspNetRoleClaims", "RoleId");

        migrationBuilder.CreateTable(
            name: "AspNetUserClaims",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation(Autoincrement.Sqlite, true),
                UserId = table.Column<string>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                table.ForeignKey("FK_AspNetUserClaims_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_AspNetUserClaims_UserId", "AspNetUserClaims", "UserId");

        migrationBuilder.CreateTable(
            name: "AspNetUserLogins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(nullable: false),
                ProviderKey = table.Column<string>(nullable: false),
                ProviderDisplayName = table.Column<string>(nullable: true),
                UserId = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey("FK_AspNetUserLogins_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_AspNetUserLogins_UserId", "AspNetUserLogins", "UserId");

        migrationBuilder.CreateTable(
            name: "AspNetUserRoles",
            columns: table => new
            {
                UserId = table.Column<string>(nullable: false),
                RoleId = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                table.ForeignKey("FK_AspNetUserRoles_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_AspNetUserRoles_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_AspNetUserRoles_RoleId", "AspNetUserRoles", "RoleId");

        migrationBuilder.CreateTable(
            name: "AspNetUserTokens",
            columns: table => new
            {
                UserId = table.Column<string>(nullable: false),
                LoginProvider = table.Column<string>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey("FK_AspNetUserTokens_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
        {
            "StageChanges", "ProspectTags", "ProspectHandles", "Prospects", "LossReasons", "Personas", "Stages", "Channels",
            "AspNetUserTokens", "AspNetUserRoles", "AspNetUserLogins", "AspNetUserClaims", "AspNetRoleClaims", "AspNetUsers", "AspNetRoles",
        })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
