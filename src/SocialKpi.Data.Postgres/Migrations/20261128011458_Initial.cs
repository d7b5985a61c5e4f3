using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace SocialKpi.Data.Postgres.Migrations;

/// <summary>
/// The whole schema on PostgreSQL, as SQLite's migrations leave it (issue 13), with the trigger that
/// keeps the audit log read-only.
/// </summary>
public partial class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AspNetRoles",
            columns: table => new
            {
                Id = table.Column<string>(type: "text", nullable: false),
                Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetRoles", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUsers",
            columns: table => new
            {
                Id = table.Column<string>(type: "text", nullable: false),
                DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                IsActive = table.Column<bool>(type: "boolean", nullable: false, defaultValue: true),
                UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                PasswordHash = table.Column<string>(type: "text", nullable: true),
                SecurityStamp = table.Column<string>(type: "text", nullable: true),
                ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                PhoneNumber = table.Column<string>(type: "text", nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUsers", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                ProspectId = table.Column<int>(type: "integer", nullable: true),
                Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                Address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditEntries", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Channels",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                IsArchived = table.Column<bool>(type: "boolean", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Channels", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "ImportMappings",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                HeadersKey = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                Columns = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                UsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ImportMappings", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "LossReasons",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                IsArchived = table.Column<bool>(type: "boolean", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_LossReasons", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Objectives",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                Metric = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                Target = table.Column<long>(type: "bigint", nullable: false),
                Period = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Objectives", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Personas",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Personas", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Stages",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                Position = table.Column<int>(type: "integer", nullable: false),
                WinProbability = table.Column<int>(type: "integer", nullable: false),
                Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                StaleAfterDays = table.Column<int>(type: "integer", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Stages", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "WorkspaceSettings",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false),
                AttributionLookbackDays = table.Column<int>(type: "integer", nullable: false),
                HourlyRate = table.Column<long>(type: "bigint", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WorkspaceSettings", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AspNetRoleClaims",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RoleId = table.Column<string>(type: "text", nullable: false),
                ClaimType = table.Column<string>(type: "text", nullable: true),
                ClaimValue = table.Column<string>(type: "text", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                table.ForeignKey(
                    name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                    column: x => x.RoleId,
                    principalTable: "AspNetRoles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AccountLinks",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Purpose = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                UserId = table.Column<string>(type: "text", nullable: true),
                CreatedById = table.Column<string>(type: "text", nullable: true),
                CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                UsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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

        migrationBuilder.CreateTable(
            name: "AspNetUserClaims",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                UserId = table.Column<string>(type: "text", nullable: false),
                ClaimType = table.Column<string>(type: "text", nullable: true),
                ClaimValue = table.Column<string>(type: "text", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                table.ForeignKey(
                    name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserLogins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(type: "text", nullable: false),
                ProviderKey = table.Column<string>(type: "text", nullable: false),
                ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                UserId = table.Column<string>(type: "text", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey(
                    name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserRoles",
            columns: table => new
            {
                UserId = table.Column<string>(type: "text", nullable: false),
                RoleId = table.Column<string>(type: "text", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                table.ForeignKey(
                    name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                    column: x => x.RoleId,
                    principalTable: "AspNetRoles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserTokens",
            columns: table => new
            {
                UserId = table.Column<string>(type: "text", nullable: false),
                LoginProvider = table.Column<string>(type: "text", nullable: false),
                Name = table.Column<string>(type: "text", nullable: false),
                Value = table.Column<string>(type: "text", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey(
                    name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ImportBatches",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                ImportedById = table.Column<string>(type: "text", nullable: true),
                ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                Rows = table.Column<int>(type: "integer", nullable: false),
                Created = table.Column<int>(type: "integer", nullable: false),
                Filled = table.Column<int>(type: "integer", nullable: false),
                Skipped = table.Column<int>(type: "integer", nullable: false),
                RevertedById = table.Column<string>(type: "text", nullable: true),
                RevertedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ImportBatches", x => x.Id);
                table.ForeignKey(
                    name: "FK_ImportBatches_AspNetUsers_ImportedById",
                    column: x => x.ImportedById,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_ImportBatches_AspNetUsers_RevertedById",
                    column: x => x.RevertedById,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "SocialAccounts",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ChannelId = table.Column<int>(type: "integer", nullable: false),
                Handle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ChannelId = table.Column<int>(type: "integer", nullable: false),
                Date = table.Column<DateOnly>(type: "date", nullable: false),
                Minutes = table.Column<int>(type: "integer", nullable: false),
                Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                CreatedById = table.Column<string>(type: "text", nullable: true),
                CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
            name: "PersonaCriteria",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                PersonaId = table.Column<int>(type: "integer", nullable: false),
                Text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Position = table.Column<int>(type: "integer", nullable: false)
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
            name: "Prospects",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                NameNormalized = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Company = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                ExternalRef = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                Phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                SourceChannelId = table.Column<int>(type: "integer", nullable: false),
                OwnerId = table.Column<string>(type: "text", nullable: true),
                StageId = table.Column<int>(type: "integer", nullable: false),
                PersonaId = table.Column<int>(type: "integer", nullable: true),
                Ring = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                EstimatedValue = table.Column<long>(type: "bigint", nullable: true),
                CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                StageChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                LastActivityAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                NextStep = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                NextStepDue = table.Column<DateOnly>(type: "date", nullable: true),
                ErasedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                RetentionKeptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                RetentionKeptReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                ImportBatchId = table.Column<int>(type: "integer", nullable: true),
                Version = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Prospects", x => x.Id);
                table.ForeignKey(
                    name: "FK_Prospects_AspNetUsers_OwnerId",
                    column: x => x.OwnerId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_Prospects_Channels_SourceChannelId",
                    column: x => x.SourceChannelId,
                    principalTable: "Channels",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Prospects_Personas_PersonaId",
                    column: x => x.PersonaId,
                    principalTable: "Personas",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_Prospects_Stages_StageId",
                    column: x => x.StageId,
                    principalTable: "Stages",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "SocialSnapshots",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                AccountId = table.Column<int>(type: "integer", nullable: false),
                Date = table.Column<DateOnly>(type: "date", nullable: false),
                Followers = table.Column<int>(type: "integer", nullable: false),
                Reach = table.Column<int>(type: "integer", nullable: true),
                Impressions = table.Column<int>(type: "integer", nullable: true),
                Likes = table.Column<int>(type: "integer", nullable: true),
                Comments = table.Column<int>(type: "integer", nullable: true),
                Shares = table.Column<int>(type: "integer", nullable: true),
                Saves = table.Column<int>(type: "integer", nullable: true),
                Mentions = table.Column<int>(type: "integer", nullable: true),
                ProfileVisits = table.Column<int>(type: "integer", nullable: true),
                LinkClicks = table.Column<int>(type: "integer", nullable: true)
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

        migrationBuilder.CreateTable(
            name: "Activities",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ProspectId = table.Column<int>(type: "integer", nullable: false),
                Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                Direction = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                ChannelId = table.Column<int>(type: "integer", nullable: true),
                OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                DurationMinutes = table.Column<int>(type: "integer", nullable: false),
                Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                NextStep = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                NextStepDue = table.Column<DateOnly>(type: "date", nullable: true),
                NextStepDoneAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                CreatedById = table.Column<string>(type: "text", nullable: true),
                CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                ImportBatchId = table.Column<int>(type: "integer", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Activities", x => x.Id);
                table.ForeignKey(
                    name: "FK_Activities_AspNetUsers_CreatedById",
                    column: x => x.CreatedById,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_Activities_Channels_ChannelId",
                    column: x => x.ChannelId,
                    principalTable: "Channels",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Activities_Prospects_ProspectId",
                    column: x => x.ProspectId,
                    principalTable: "Prospects",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Consents",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ProspectId = table.Column<int>(type: "integer", nullable: false),
                Purpose = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                Basis = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                GivenOn = table.Column<DateOnly>(type: "date", nullable: false),
                WithdrawnAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                RecordedById = table.Column<string>(type: "text", nullable: true),
                RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Consents", x => x.Id);
                table.ForeignKey(
                    name: "FK_Consents_AspNetUsers_RecordedById",
                    column: x => x.RecordedById,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_Consents_Prospects_ProspectId",
                    column: x => x.ProspectId,
                    principalTable: "Prospects",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ImportFills",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ImportBatchId = table.Column<int>(type: "integer", nullable: false),
                ProspectId = table.Column<int>(type: "integer", nullable: false),
                Field = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ImportFills", x => x.Id);
                table.ForeignKey(
                    name: "FK_ImportFills_ImportBatches_ImportBatchId",
                    column: x => x.ImportBatchId,
                    principalTable: "ImportBatches",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_ImportFills_Prospects_ProspectId",
                    column: x => x.ProspectId,
                    principalTable: "Prospects",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ProspectCriteria",
            columns: table => new
            {
                ProspectId = table.Column<int>(type: "integer", nullable: false),
                CriterionId = table.Column<int>(type: "integer", nullable: false)
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

        migrationBuilder.CreateTable(
            name: "ProspectEvents",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ProspectId = table.Column<int>(type: "integer", nullable: false),
                Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                ActorId = table.Column<string>(type: "text", nullable: true),
                Before = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProspectEvents", x => x.Id);
                table.ForeignKey(
                    name: "FK_ProspectEvents_AspNetUsers_ActorId",
                    column: x => x.ActorId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_ProspectEvents_Prospects_ProspectId",
                    column: x => x.ProspectId,
                    principalTable: "Prospects",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ProspectHandles",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ProspectId = table.Column<int>(type: "integer", nullable: false),
                ChannelId = table.Column<int>(type: "integer", nullable: false),
                Handle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProspectHandles", x => x.Id);
                table.ForeignKey(
                    name: "FK_ProspectHandles_Channels_ChannelId",
                    column: x => x.ChannelId,
                    principalTable: "Channels",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_ProspectHandles_Prospects_ProspectId",
                    column: x => x.ProspectId,
                    principalTable: "Prospects",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ProspectTags",
            columns: table => new
            {
                ProspectId = table.Column<int>(type: "integer", nullable: false),
                Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProspectTags", x => new { x.ProspectId, x.Name });
                table.ForeignKey(
                    name: "FK_ProspectTags_Prospects_ProspectId",
                    column: x => x.ProspectId,
                    principalTable: "Prospects",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Sales",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ProspectId = table.Column<int>(type: "integer", nullable: false),
                Amount = table.Column<long>(type: "bigint", nullable: false),
                SoldAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                CreatedById = table.Column<string>(type: "text", nullable: true),
                CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                ImportBatchId = table.Column<int>(type: "integer", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Sales", x => x.Id);
                table.ForeignKey(
                    name: "FK_Sales_AspNetUsers_CreatedById",
                    column: x => x.CreatedById,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_Sales_Prospects_ProspectId",
                    column: x => x.ProspectId,
                    principalTable: "Prospects",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "StageChanges",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ProspectId = table.Column<int>(type: "integer", nullable: false),
                FromStageId = table.Column<int>(type: "integer", nullable: true),
                ToStageId = table.Column<int>(type: "integer", nullable: false),
                ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                ChangedById = table.Column<string>(type: "text", nullable: true),
                LossReasonId = table.Column<int>(type: "integer", nullable: true),
                ImportBatchId = table.Column<int>(type: "integer", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StageChanges", x => x.Id);
                table.ForeignKey(
                    name: "FK_StageChanges_AspNetUsers_ChangedById",
                    column: x => x.ChangedById,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_StageChanges_LossReasons_LossReasonId",
                    column: x => x.LossReasonId,
                    principalTable: "LossReasons",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_StageChanges_Prospects_ProspectId",
                    column: x => x.ProspectId,
                    principalTable: "Prospects",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_StageChanges_Stages_FromStageId",
                    column: x => x.FromStageId,
                    principalTable: "Stages",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_StageChanges_Stages_ToStageId",
                    column: x => x.ToStageId,
                    principalTable: "Stages",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
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

        migrationBuilder.CreateIndex(
            name: "IX_Activities_ChannelId",
            table: "Activities",
            column: "ChannelId");

        migrationBuilder.CreateIndex(
            name: "IX_Activities_CreatedById",
            table: "Activities",
            column: "CreatedById");

        migrationBuilder.CreateIndex(
            name: "IX_Activities_ImportBatchId",
            table: "Activities",
            column: "ImportBatchId");

        migrationBuilder.CreateIndex(
            name: "IX_Activities_NextStepDue_NextStepDoneAt",
            table: "Activities",
            columns: new[] { "NextStepDue", "NextStepDoneAt" });

        migrationBuilder.CreateIndex(
            name: "IX_Activities_OccurredAt_Kind_Direction",
            table: "Activities",
            columns: new[] { "OccurredAt", "Kind", "Direction" });

        migrationBuilder.CreateIndex(
            name: "IX_Activities_ProspectId_OccurredAt",
            table: "Activities",
            columns: new[] { "ProspectId", "OccurredAt" });

        migrationBuilder.CreateIndex(
            name: "IX_AspNetRoleClaims_RoleId",
            table: "AspNetRoleClaims",
            column: "RoleId");

        migrationBuilder.CreateIndex(
            name: "RoleNameIndex",
            table: "AspNetRoles",
            column: "NormalizedName",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUserClaims_UserId",
            table: "AspNetUserClaims",
            column: "UserId");

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUserLogins_UserId",
            table: "AspNetUserLogins",
            column: "UserId");

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUserRoles_RoleId",
            table: "AspNetUserRoles",
            column: "RoleId");

        migrationBuilder.CreateIndex(
            name: "EmailIndex",
            table: "AspNetUsers",
            column: "NormalizedEmail");

        migrationBuilder.CreateIndex(
            name: "UserNameIndex",
            table: "AspNetUsers",
            column: "NormalizedUserName",
            unique: true);

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

        migrationBuilder.CreateIndex(
            name: "IX_Channels_Name",
            table: "Channels",
            column: "Name",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Consents_ProspectId_Purpose",
            table: "Consents",
            columns: new[] { "ProspectId", "Purpose" });

        migrationBuilder.CreateIndex(
            name: "IX_Consents_RecordedById",
            table: "Consents",
            column: "RecordedById");

        migrationBuilder.CreateIndex(
            name: "IX_ImportBatches_ImportedAt",
            table: "ImportBatches",
            column: "ImportedAt");

        migrationBuilder.CreateIndex(
            name: "IX_ImportBatches_ImportedById",
            table: "ImportBatches",
            column: "ImportedById");

        migrationBuilder.CreateIndex(
            name: "IX_ImportBatches_RevertedById",
            table: "ImportBatches",
            column: "RevertedById");

        migrationBuilder.CreateIndex(
            name: "IX_ImportFills_ImportBatchId",
            table: "ImportFills",
            column: "ImportBatchId");

        migrationBuilder.CreateIndex(
            name: "IX_ImportFills_ProspectId",
            table: "ImportFills",
            column: "ProspectId");

        migrationBuilder.CreateIndex(
            name: "IX_ImportMappings_Kind_HeadersKey",
            table: "ImportMappings",
            columns: new[] { "Kind", "HeadersKey" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_LossReasons_Name",
            table: "LossReasons",
            column: "Name",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Objectives_Kind",
            table: "Objectives",
            column: "Kind",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_PersonaCriteria_PersonaId_Position",
            table: "PersonaCriteria",
            columns: new[] { "PersonaId", "Position" });

        migrationBuilder.CreateIndex(
            name: "IX_Personas_Name",
            table: "Personas",
            column: "Name",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ProspectCriteria_CriterionId",
            table: "ProspectCriteria",
            column: "CriterionId");

        migrationBuilder.CreateIndex(
            name: "IX_ProspectEvents_ActorId",
            table: "ProspectEvents",
            column: "ActorId");

        migrationBuilder.CreateIndex(
            name: "IX_ProspectEvents_ProspectId_At",
            table: "ProspectEvents",
            columns: new[] { "ProspectId", "At" });

        migrationBuilder.CreateIndex(
            name: "IX_ProspectHandles_ChannelId_Handle",
            table: "ProspectHandles",
            columns: new[] { "ChannelId", "Handle" });

        migrationBuilder.CreateIndex(
            name: "IX_ProspectHandles_ProspectId_ChannelId",
            table: "ProspectHandles",
            columns: new[] { "ProspectId", "ChannelId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Prospects_CreatedAt",
            table: "Prospects",
            column: "CreatedAt");

        migrationBuilder.CreateIndex(
            name: "IX_Prospects_Email",
            table: "Prospects",
            column: "Email");

        migrationBuilder.CreateIndex(
            name: "IX_Prospects_ExternalRef",
            table: "Prospects",
            column: "ExternalRef",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Prospects_ImportBatchId",
            table: "Prospects",
            column: "ImportBatchId");

        migrationBuilder.CreateIndex(
            name: "IX_Prospects_LastActivityAt",
            table: "Prospects",
            column: "LastActivityAt");

        migrationBuilder.CreateIndex(
            name: "IX_Prospects_NameNormalized",
            table: "Prospects",
            column: "NameNormalized");

        migrationBuilder.CreateIndex(
            name: "IX_Prospects_OwnerId_StageId_EstimatedValue",
            table: "Prospects",
            columns: new[] { "OwnerId", "StageId", "EstimatedValue" });

        migrationBuilder.CreateIndex(
            name: "IX_Prospects_PersonaId",
            table: "Prospects",
            column: "PersonaId");

        migrationBuilder.CreateIndex(
            name: "IX_Prospects_Phone",
            table: "Prospects",
            column: "Phone");

        migrationBuilder.CreateIndex(
            name: "IX_Prospects_SourceChannelId",
            table: "Prospects",
            column: "SourceChannelId");

        migrationBuilder.CreateIndex(
            name: "IX_Prospects_StageId_EstimatedValue",
            table: "Prospects",
            columns: new[] { "StageId", "EstimatedValue" });

        migrationBuilder.CreateIndex(
            name: "IX_Prospects_StageId_LastActivityAt",
            table: "Prospects",
            columns: new[] { "StageId", "LastActivityAt" });

        migrationBuilder.CreateIndex(
            name: "IX_ProspectTags_Name",
            table: "ProspectTags",
            column: "Name");

        migrationBuilder.CreateIndex(
            name: "IX_Sales_CreatedById",
            table: "Sales",
            column: "CreatedById");

        migrationBuilder.CreateIndex(
            name: "IX_Sales_ImportBatchId",
            table: "Sales",
            column: "ImportBatchId");

        migrationBuilder.CreateIndex(
            name: "IX_Sales_ProspectId_SoldAt",
            table: "Sales",
            columns: new[] { "ProspectId", "SoldAt" });

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
            name: "IX_StageChanges_ChangedById",
            table: "StageChanges",
            column: "ChangedById");

        migrationBuilder.CreateIndex(
            name: "IX_StageChanges_FromStageId",
            table: "StageChanges",
            column: "FromStageId");

        migrationBuilder.CreateIndex(
            name: "IX_StageChanges_ImportBatchId",
            table: "StageChanges",
            column: "ImportBatchId");

        migrationBuilder.CreateIndex(
            name: "IX_StageChanges_LossReasonId",
            table: "StageChanges",
            column: "LossReasonId");

        migrationBuilder.CreateIndex(
            name: "IX_StageChanges_ProspectId_ChangedAt",
            table: "StageChanges",
            columns: new[] { "ProspectId", "ChangedAt" });

        migrationBuilder.CreateIndex(
            name: "IX_StageChanges_ToStageId",
            table: "StageChanges",
            column: "ToStageId");

        migrationBuilder.CreateIndex(
            name: "IX_Stages_Position",
            table: "Stages",
            column: "Position");

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

        // As on SQLite: nobody, not even the app, can change an audit entry once written.
        migrationBuilder.Sql("""
            CREATE FUNCTION "AuditEntries_read_only"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'The audit log cannot be changed.';
            END;
            $$;
            CREATE TRIGGER "AuditEntries_read_only" BEFORE UPDATE ON "AuditEntries"
                FOR EACH ROW EXECUTE FUNCTION "AuditEntries_read_only"();
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_read_only" ON "AuditEntries"; DROP FUNCTION IF EXISTS "AuditEntries_read_only"();""");
        migrationBuilder.DropTable(
            name: "AccountLinks");

        migrationBuilder.DropTable(
            name: "Activities");

        migrationBuilder.DropTable(
            name: "AspNetRoleClaims");

        migrationBuilder.DropTable(
            name: "AspNetUserClaims");

        migrationBuilder.DropTable(
            name: "AspNetUserLogins");

        migrationBuilder.DropTable(
            name: "AspNetUserRoles");

        migrationBuilder.DropTable(
            name: "AspNetUserTokens");

        migrationBuilder.DropTable(
            name: "AuditEntries");

        migrationBuilder.DropTable(
            name: "Consents");

        migrationBuilder.DropTable(
            name: "ImportFills");

        migrationBuilder.DropTable(
            name: "ImportMappings");

        migrationBuilder.DropTable(
            name: "Objectives");

        migrationBuilder.DropTable(
            name: "ProspectCriteria");

        migrationBuilder.DropTable(
            name: "ProspectEvents");

        migrationBuilder.DropTable(
            name: "ProspectHandles");

        migrationBuilder.DropTable(
            name: "ProspectTags");

        migrationBuilder.DropTable(
            name: "Sales");

        migrationBuilder.DropTable(
            name: "SocialSnapshots");

        migrationBuilder.DropTable(
            name: "StageChanges");

        migrationBuilder.DropTable(
            name: "TimeEntries");

        migrationBuilder.DropTable(
            name: "WorkspaceSettings");

        migrationBuilder.DropTable(
            name: "AspNetRoles");

        migrationBuilder.DropTable(
            name: "ImportBatches");

        migrationBuilder.DropTable(
            name: "PersonaCriteria");

        migrationBuilder.DropTable(
            name: "SocialAccounts");

        migrationBuilder.DropTable(
            name: "LossReasons");

        migrationBuilder.DropTable(
            name: "Prospects");

        migrationBuilder.DropTable(
            name: "AspNetUsers");

        migrationBuilder.DropTable(
            name: "Channels");

        migrationBuilder.DropTable(
            name: "Personas");

        migrationBuilder.DropTable(
            name: "Stages");
    }
}
