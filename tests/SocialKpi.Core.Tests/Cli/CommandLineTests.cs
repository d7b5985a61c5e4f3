using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SocialKpi.Attribution;
using SocialKpi.Cli;
using SocialKpi.Cli.Commands;
using SocialKpi.Data;

namespace SocialKpi.Tests.Cli;

/// <summary>The socialkpi verbs, run as a user would, against a database file of their own.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class CommandLineTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "socialkpi-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly string connectionString;

    public CommandLineTests()
    {
        // The commands' "today" is the tests' fixed one, not the machine's.
        CliDatabase.Clock = new FixedClock(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
        Directory.CreateDirectory(directory);
        connectionString = $"Data Source={Path.Combine(directory, "cli.db")}";
    }

    internal static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        var root = CliRoot.Create();
        var output = new StringWriter();
        var errors = new StringWriter();
        var (previousOut, previousError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(errors);
        try
        {
            var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = errors });
            return (exitCode, output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
        }
    }

    private SocialKpiDbContext Open()
    {
        var options = new DbContextOptionsBuilder<SocialKpiDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, connectionString);
        return new SocialKpiDbContext(options.Options);
    }

    [Fact]
    public async Task Seed_demo_fills_the_given_database()
    {
        var (exitCode, output, _) = await RunAsync("seed-demo", "--prospects", "250", "--seed", "5", "--db", connectionString);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Added 250 prospects", output);
        await using var db = Open();
        Assert.Equal(250, await db.Prospects.CountAsync());
    }

    [Fact]
    public async Task Seed_demo_refuses_a_count_out_of_range()
    {
        var (exitCode, _, errors) = await RunAsync("seed-demo", "--prospects", "0", "--db", connectionString);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--prospects must be between 1 and 1,000,000", errors);
    }

    [Fact]
    public async Task Users_add_creates_a_user_who_has_the_role()
    {
        var (exitCode, output, _) = await RunAsync("users", "add", "--email", "lea@atelier.fr", "--password", "motdepasse42", "--role", "viewer", "--db", connectionString);

        Assert.Equal(0, exitCode);
        Assert.Contains("lea@atelier.fr", output);
        await using var db = Open();
        var user = await db.Users.SingleAsync();
        var role = await db.Roles.SingleAsync(r => db.UserRoles.Any(ur => ur.UserId == user.Id && ur.RoleId == r.Id));
        Assert.Equal(("lea", "viewer"), (user.DisplayName, role.Name));
    }

    [Fact]
    public async Task Users_add_says_why_a_password_is_refused_and_creates_nobody()
    {
        var (exitCode, _, errors) = await RunAsync("users", "add", "--email", "lea@atelier.fr", "--password", "short", "--role", "owner", "--db", connectionString);

        Assert.Equal(1, exitCode);
        Assert.Contains("Password:", errors);
        await using var db = Open();
        Assert.False(await db.Users.AnyAsync());
    }

    [Fact]
    public async Task Users_invite_prints_a_one_time_link_for_the_app()
    {
        await RunAsync("users", "add", "--email", "lea@atelier.fr", "--name", "Léa", "--password", "motdepasse42", "--role", "owner", "--db", connectionString);

        var invited = await RunAsync("users", "invite", "--email", "marc@atelier.fr", "--role", "member", "--url", "https://crm.atelier.fr/", "--db", connectionString);
        var existing = await RunAsync("users", "invite", "--email", "lea@atelier.fr", "--role", "member", "--db", connectionString);

        Assert.Equal(0, invited.ExitCode);
        Assert.Matches(@"https://crm\.atelier\.fr/account/invite/[A-Za-z0-9_-]{43}\n", invited.Output);
        Assert.Contains("marc@atelier.fr (member)", invited.Output);
        Assert.Equal(1, existing.ExitCode);
        Assert.Contains("lea@atelier.fr", existing.Errors);
        await using var db = Open();
        Assert.Equal("marc@atelier.fr", (await db.AccountLinks.SingleAsync()).Email);
    }

    [Fact]
    public async Task Users_list_and_set_role_keep_an_owner()
    {
        await RunAsync("users", "add", "--email", "lea@atelier.fr", "--name", "Léa", "--password", "motdepasse42", "--role", "owner", "--db", connectionString);
        await RunAsync("users", "add", "--email", "marc@atelier.fr", "--name", "Marc", "--password", "motdepasse42", "--role", "member", "--db", connectionString);

        var lastOwner = await RunAsync("users", "set-role", "--email", "lea@atelier.fr", "--role", "viewer", "--db", connectionString);
        var promoted = await RunAsync("users", "set-role", "--email", "marc@atelier.fr", "--role", "owner", "--db", connectionString);
        var demoted = await RunAsync("users", "set-role", "--email", "lea@atelier.fr", "--role", "viewer", "--db", connectionString);
        var list = await RunAsync("users", "list", "--db", connectionString);

        Assert.Equal(1, lastOwner.ExitCode);
        Assert.NotEmpty(lastOwner.Errors);
        Assert.Equal((0, 0), (promoted.ExitCode, demoted.ExitCode));
        Assert.Equal(["lea@atelier.fr\tLéa\tviewer\tactive", "marc@atelier.fr\tMarc\towner\tactive"], list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public async Task Users_deactivate_activate_and_password_change_who_can_sign_in()
    {
        await RunAsync("users", "add", "--email", "lea@atelier.fr", "--password", "motdepasse42", "--role", "member", "--db", connectionString);
        string StampOf(SocialKpiDbContext db) => db.Users.Single().SecurityStamp!;
        string before;
        await using (var db = Open())
            before = StampOf(db);

        var deactivated = await RunAsync("users", "deactivate", "--email", "lea@atelier.fr", "--db", connectionString);
        await using (var db = Open())
        {
            Assert.Equal((0, false), (deactivated.ExitCode, db.Users.Single().IsActive));
            Assert.NotEqual(before, StampOf(db));
        }
        var activated = await RunAsync("users", "activate", "--email", "lea@atelier.fr", "--db", connectionString);
        var weak = await RunAsync("users", "reset-password", "--email", "lea@atelier.fr", "--password", "court", "--db", connectionString);
        var reset = await RunAsync("users", "reset-password", "--email", "lea@atelier.fr", "--password", "nouveaumotdepasse1", "--db", connectionString);
        var byOldName = await RunAsync("users", "password", "--email", "lea@atelier.fr", "--password", "nouveaumotdepasse2", "--db", connectionString);
        var unknown = await RunAsync("users", "deactivate", "--email", "personne@atelier.fr", "--db", connectionString);

        Assert.Equal(0, activated.ExitCode);
        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("10", weak.Errors);
        Assert.Equal(0, reset.ExitCode);
        Assert.Equal(0, byOldName.ExitCode);
        Assert.Equal(1, unknown.ExitCode);
        Assert.NotEmpty(unknown.Errors);
        await using (var db = Open())
            Assert.True(db.Users.Single().IsActive);
    }

    [Fact]
    public async Task Backup_on_postgres_points_to_pg_dump_in_both_languages()
    {
        var (exitCode, _, errors) = await RunAsync("backup", "--to", Path.Combine(directory, "b.db"), "--provider", "postgres", "--db", "Host=localhost");

        Assert.Equal(1, exitCode);
        Assert.Contains("on PostgreSQL use pg_dump", errors);
        Assert.Contains("sur PostgreSQL, utilisez pg_dump", errors);
    }

    [Fact]
    public async Task Backup_and_restore_round_trip_and_say_where_the_replaced_database_is()
    {
        await RunAsync("seed-demo", "--prospects", "40", "--seed", "3", "--db", connectionString);
        var backup = Path.Combine(directory, "backup.db");

        var (backedUp, backupOutput, _) = await RunAsync("backup", "--to", backup, "--db", connectionString);
        var (again, _, againErrors) = await RunAsync("backup", "--to", backup, "--db", connectionString);
        await RunAsync("seed-demo", "--prospects", "10", "--seed", "4", "--db", connectionString);
        var (restored, restoreOutput, _) = await RunAsync("restore", "--from", backup, "--db", connectionString);
        var (missingFolder, _, missingErrors) = await RunAsync("backup", "--to", backup, "--db", $"Data Source={Path.Combine(directory, "nowhere", "x.db")}");

        Assert.Equal(0, backedUp);
        Assert.StartsWith($"Backed up to {backup}", backupOutput);
        Assert.Equal(1, again);
        Assert.Contains("already exists", againErrors);
        Assert.Equal(0, restored);
        Assert.Contains("The replaced database is kept at", restoreOutput);
        Assert.Equal(1, missingFolder);
        Assert.Contains("does not exist", missingErrors);
        await using var db = Open();
        Assert.Equal(40, await db.Prospects.CountAsync());
    }

    [Fact]
    public async Task Import_reads_a_french_excel_file_and_refuses_an_unclosed_quote_writing_nothing()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var excel = Path.Combine(directory, "excel.csv");
        await File.WriteAllBytesAsync(excel, System.Text.Encoding.GetEncoding(1252).GetBytes("ref;name;source_channel;created_at\r\nP1;Hélène Müller;Instagram;2026-03-14\r\n"));
        var broken = Path.Combine(directory, "broken.csv");
        await File.WriteAllTextAsync(broken, "ref,name,source_channel,created_at\nP2,\"Marc,Instagram,2026-03-14\nP3,Zoé,Instagram,2026-03-14\nP4,Yann,Instagram,2026-03-14\n");

        var (imported, output, _) = await RunAsync("import", "prospects", excel, "--db", connectionString);
        var (refused, _, errors) = await RunAsync("import", "prospects", broken, "--db", connectionString);

        Assert.Equal(0, imported);
        Assert.Contains("Read as Windows-1252, cells separated by semicolons.", output);
        Assert.Equal(1, refused);
        Assert.Contains("line 2", errors);
        await using var db = Open();
        Assert.Equal(["Hélène Müller"], await db.Prospects.Select(p => p.Name).ToListAsync());
    }

    [Fact]
    public async Task Import_snapshots_and_time_then_report_channels_as_json_and_csv()
    {
        var snapshots = Path.Combine(directory, "snapshots.csv");
        await File.WriteAllTextAsync(snapshots, "channel,handle,date,followers,reach,impressions,likes,comments,shares,saves,mentions,profile_visits,link_clicks\nInstagram,@atelier,2026-10-05,1000,,,40,,,,,,\n");
        var time = Path.Combine(directory, "time.csv");
        await File.WriteAllTextAsync(time, "channel,date,minutes,note\nInstagram,2026-10-10,120,Posts\n");

        var (importedSnapshots, _, _) = await RunAsync("import", "snapshots", snapshots, "--db", connectionString);
        var (importedTime, _, _) = await RunAsync("import", "time", time, "--db", connectionString);
        var (json, jsonOutput, _) = await RunAsync("report", "channels", "--from", "2026-10-01", "--to", "2026-11-01", "--hourly-rate", "40", "--db", connectionString);
        var (csv, csvOutput, _) = await RunAsync("report", "channels", "--from", "2026-10-01", "--to", "2026-11-01", "--format", "csv", "--model", "markov", "--db", connectionString);
        var (badModel, _, badModelErrors) = await RunAsync("report", "channels", "--model", "astrology", "--db", connectionString);

        Assert.Equal((0, 0, 0, 0), (importedSnapshots, importedTime, json, csv));
        var instagram = System.Text.Json.JsonDocument.Parse(jsonOutput).RootElement.GetProperty("channels").EnumerateArray()
            .Single(c => c.GetProperty("channel").GetString() == "Instagram");
        Assert.Equal((1000, 0.04, 2.0), (instagram.GetProperty("followers").GetInt32(), instagram.GetProperty("engagementRate").GetDouble(), instagram.GetProperty("hours").GetDouble()));
        Assert.StartsWith("channel,followers,engagement_rate,engagement_rate_by_reach,prospects,clients,conversion_rate,revenue,hours,revenue_per_hour,cost_per_client\n", csvOutput);
        Assert.Contains("\nInstagram,1000,0.04,,0,0,,0,2,0,\n", csvOutput);
        Assert.Equal(1, badModel);
        Assert.Contains("--model", badModelErrors);
    }

    [Fact]
    public async Task Report_kpis_gives_each_objective_against_its_target_as_json()
    {
        var snapshots = Path.Combine(directory, "snapshots.csv");
        await File.WriteAllTextAsync(snapshots, "channel,handle,date,followers,reach,impressions,likes,comments,shares,saves,mentions,profile_visits,link_clicks\nInstagram,@atelier,2026-10-20,900,400,,,,,,,,\nInstagram,@atelier,2026-11-05,1000,1500,,,,,,,,\n");
        Assert.Equal(0, (await RunAsync("import", "snapshots", snapshots, "--db", connectionString)).ExitCode);
        await using (var db = Open())
        {
            var saved = await new SocialKpi.Objectives.ObjectiveService(db, CliDatabase.Clock)
                .SaveAsync(new SocialKpi.Objectives.ObjectiveInput { Kind = SocialKpi.Objectives.ObjectiveKind.Notoriety, Metric = SocialKpi.Objectives.KpiMetric.Reach, Target = "2000" });
            Assert.True(saved.Succeeded);
        }

        var (exitCode, output, _) = await RunAsync("report", "kpis", "--db", connectionString);

        Assert.Equal(0, exitCode);
        var root = System.Text.Json.JsonDocument.Parse(output).RootElement;
        Assert.Equal("2026-11-22", root.GetProperty("today").GetString());
        var notoriety = Assert.Single(root.GetProperty("objectives").EnumerateArray());
        // 1,500 of 2,000 with 22 of 30 days gone (1,467 due by now).
        Assert.Equal(("reach", 1500.0, "onTrack"), (notoriety.GetProperty("kpi").GetString(), notoriety.GetProperty("value").GetDouble(), notoriety.GetProperty("verdict").GetString()));
        var reach = notoriety.GetProperty("kpis").EnumerateArray().First();
        Assert.Equal((400.0, 1100.0), (reach.GetProperty("previous").GetDouble(), reach.GetProperty("change").GetDouble()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, notoriety.GetProperty("kpis")[1].GetProperty("value").ValueKind);
    }

    [Fact]
    public async Task Import_linkedin_and_instagram_say_who_was_added_known_or_refused()
    {
        var connections = Path.Combine(directory, "Connections.csv");
        await File.WriteAllTextAsync(connections, "Notes:\n\"Some e-mails may be missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nLéa,Martin,https://www.linkedin.com/in/lea-martin,,\"Atelier, Lyon\",Gérante,06 Nov 2024\nPaul,Sans Profil,,,,,01 Mar 2024\n");
        var followers = Path.Combine(directory, "followers_1.json");
        await File.WriteAllTextAsync(followers, "[{\"title\": \"cafe_des_arts\", \"string_list_data\": [{\"href\": \"https://www.instagram.com/_u/cafe_des_arts\", \"timestamp\": 1700000000}]}]");

        var (linkedin, linkedinOutput, linkedinErrors) = await RunAsync("import", "linkedin", connections, "--db", connectionString);
        var (again, againOutput, _) = await RunAsync("import", "linkedin", connections, "--db", connectionString);
        var (instagram, instagramOutput, _) = await RunAsync("import", "instagram", followers, "--db", connectionString);

        Assert.Equal((0, 0, 0), (linkedin, again, instagram));
        Assert.StartsWith("1 added, 0 already known, 1 refused.", linkedinOutput);
        Assert.Contains("6: No profile address or user name that can be read.", linkedinErrors);
        Assert.StartsWith("0 added, 1 already known, 1 refused.", againOutput);
        Assert.StartsWith("1 added, 0 already known, 0 refused.", instagramOutput);
        await using var db = Open();
        Assert.Equal(["Léa Martin", "cafe_des_arts"], await db.Prospects.OrderBy(p => p.Id).Select(p => p.Name).ToListAsync());
    }

    [Fact]
    public async Task Export_writes_files_that_import_reads_back_into_another_workspace()
    {
        var prospects = Path.Combine(directory, "in-prospects.csv");
        await File.WriteAllTextAsync(prospects, "ref,name,phone,source_channel,created_at,tags,estimated_value\nP1,Léa Martin,06 12 34 56 78,Instagram,2026-03-14,\"café, voisine\",1 500\nP2,=Marc,,Recommandation,2026-04-01,,\n");
        var activities = Path.Combine(directory, "in-activities.csv");
        await File.WriteAllTextAsync(activities, "prospect_ref,occurred_at,channel,kind,direction,duration_minutes,summary\nP2,2026-04-02T10:00:00Z,Téléphone,call,outbound,12,\"Rappeler; lundi\"\n");
        var sales = Path.Combine(directory, "in-sales.csv");
        await File.WriteAllTextAsync(sales, "prospect_ref,sold_at,amount,note\nP1,2026-05-01,1500.50,Site\n");
        var runs = new List<(int ExitCode, string Output, string Errors)>
        {
            await RunAsync("import", "prospects", prospects, "--db", connectionString),
            await RunAsync("import", "activities", activities, "--db", connectionString),
            await RunAsync("import", "sales", sales, "--db", connectionString),
        };
        var other = $"Data Source={Path.Combine(directory, "other.db")}";
        string PathOf(string name, string workspace) => Path.Combine(directory, $"{workspace}-{name}.csv");
        string[] names = ["prospects", "activities", "sales"];

        foreach (var name in names)
            runs.Add(await RunAsync("export", name, PathOf(name, "first"), "--db", connectionString));
        foreach (var name in names)
            runs.Add(await RunAsync("import", name, PathOf(name, "first"), "--db", other));
        foreach (var name in names)
            runs.Add(await RunAsync("export", name, PathOf(name, "second"), "--db", other));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Errors));
        foreach (var name in names)
            Assert.Equal(await File.ReadAllBytesAsync(PathOf(name, "first")), await File.ReadAllBytesAsync(PathOf(name, "second")));
        var bytes = await File.ReadAllBytesAsync(PathOf("prospects", "first"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("P2,'=Marc,", System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Contains("P1,Léa Martin,,'+33612345678,,Instagram,2026-03-14T00:00:00+01:00,city,Client,,,,\"café, voisine\",1500", System.Text.Encoding.UTF8.GetString(bytes));
        Assert.False(File.Exists(PathOf("sales", "first") + ".partial"));
    }

    [Fact]
    public async Task An_unknown_provider_is_refused()
    {
        var (exitCode, _, errors) = await RunAsync("seed-demo", "--provider", "oracle", "--db", connectionString);

        Assert.Equal(1, exitCode);
        Assert.Contains("Unknown database provider 'oracle'", errors);
    }

    [Fact]
    public async Task Import_lists_every_bad_cell_and_writes_nothing_then_imports_the_corrected_file()
    {
        var file = Path.Combine(directory, "prospects.csv");
        await File.WriteAllTextAsync(file, "ref,name,source_channel,created_at\nP1,Léa,Instagram,2026-03-14\nP2,Marc,Pigeon,14/03/2026\n");

        var (refused, _, errors) = await RunAsync("import", "prospects", file, "--db", connectionString);

        Assert.Equal(1, refused);
        Assert.Contains("line 3, source_channel:", errors);
        Assert.Contains("line 3, created_at:", errors);
        Assert.Contains("nothing was written", errors);
        await using (var db = Open())
            Assert.False(await db.Prospects.AnyAsync());

        await File.WriteAllTextAsync(file, "ref,name,source_channel,created_at\nP1,Léa,Instagram,2026-03-14\nP2,Marc,Pigeon,2026-03-14\n");
        var (dryRun, dryOutput, _) = await RunAsync("import", "prospects", file, "--dry-run", "--create-channels", "--db", connectionString);
        var (imported, output, _) = await RunAsync("import", "prospects", file, "--create-channels", "--db", connectionString);

        Assert.Equal((0, 0), (dryRun, imported));
        Assert.StartsWith("Dry run: 2 prospects checked", dryOutput);
        Assert.StartsWith("Imported 2 prospects.", output);
        await using var check = Open();
        Assert.Equal(2, await check.Prospects.CountAsync());
    }

    [Fact]
    public async Task Attribution_reads_a_path_file_and_answers_json()
    {
        var file = Path.Combine(directory, "paths.csv");
        await File.WriteAllTextAsync(file, "path;total_conversions;total_conversion_value;total_null\nA > B > A > B > B > A;1;10;0\nA > B > B > A > A;1;10;0\nA > A;1;10;0\n");

        var (exitCode, output, _) = await RunAsync("attribution", "--paths", file);

        Assert.Equal(0, exitCode);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var a = json.RootElement.GetProperty("channels").EnumerateArray().Single(c => c.GetProperty("channel").GetString() == "A");
        Assert.Equal(2, a.GetProperty("markov").GetProperty("conversions").GetDouble(), 1e-9);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, a.GetProperty("timeDecay").ValueKind);
    }

    [Fact]
    public async Task Report_on_a_new_file_creates_the_workspace_and_says_there_is_nothing_to_credit_yet()
    {
        var (exitCode, output, _) = await RunAsync("report", "attribution", "--db", connectionString);

        Assert.Equal(0, exitCode);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(0, json.RootElement.GetProperty("totalConversions").GetDouble());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.RootElement.GetProperty("conversionProbability").ValueKind);
        Assert.Empty(json.RootElement.GetProperty("channels").EnumerateArray());
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        Assert.True(SchemaState.IsCurrent(connection));
    }

    [Fact]
    public async Task Report_brings_a_database_of_an_older_version_up_to_date_first()
    {
        await using (var db = Open())
        {
            var previous = db.Database.GetMigrations().SkipLast(1).Last();
            await db.GetService<IMigrator>().MigrateAsync(previous);
        }

        var (exitCode, _, errors) = await RunAsync("report", "attribution", "--db", connectionString);

        Assert.True(exitCode == 0, errors);
        await using var check = Open();
        Assert.Empty(await check.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Report_on_a_workspace_gives_what_the_web_app_gives()
    {
        await RunAsync("seed-demo", "--prospects", "300", "--seed", "3", "--db", connectionString);

        var (exitCode, csv, errors) = await RunAsync("report", "attribution", "--format", "csv", "--db", connectionString);

        Assert.True(exitCode == 0, errors);
        await using var db = Open();
        var web = await new AttributionReport(db, CliDatabase.Clock).RunAsync(new AttributionQuery());
        Assert.True(web.Result.TotalConversions > 0);
        Assert.Equal(AttributionOutput.ToCsv(web.Result, web.Figures), csv);
    }

    [Fact]
    public async Task Report_uses_the_workspace_s_lookback_window_unless_one_is_given()
    {
        await RunAsync("seed-demo", "--prospects", "300", "--seed", "3", "--db", connectionString);
        await using (var db = Open())
            Assert.True((await new AttributionSettings(db, CliDatabase.Clock).SetLookbackDaysAsync("7")).Succeeded);

        var (_, byDefault, _) = await RunAsync("report", "attribution", "--format", "csv", "--db", connectionString);
        var (_, given, _) = await RunAsync("report", "attribution", "--format", "csv", "--lookback-days", "120", "--db", connectionString);

        await using var check = Open();
        var week = await new AttributionReport(check, CliDatabase.Clock).RunAsync(new AttributionQuery { LookbackDays = 7 });
        var longer = await new AttributionReport(check, CliDatabase.Clock).RunAsync(new AttributionQuery { LookbackDays = 120 });
        Assert.Equal(AttributionOutput.ToCsv(week.Result, week.Figures), byDefault);
        Assert.Equal(AttributionOutput.ToCsv(longer.Result, longer.Figures), given);
    }

    [Fact]
    public async Task Report_refuses_a_bad_date_in_both_languages()
    {
        var (exitCode, _, errors) = await RunAsync("report", "attribution", "--from", "14/03/2026", "--db", connectionString);

        Assert.Equal(1, exitCode);
        Assert.Contains("Dates are yyyy-MM-dd", errors);
        Assert.Contains("Les dates s'écrivent aaaa-MM-jj", errors);
    }

    public void Dispose()
    {
        CliDatabase.Clock = TimeProvider.System;
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}

/// <summary>Tests that redirect the console run one at a time.</summary>
[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;
