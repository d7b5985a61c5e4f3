using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialKpi.Data.Postgres.Migrations;

/// <summary>
/// The journal's keys are given in commit order by the database itself, at commit (decision 0028).
/// Readers take entries in key order, and PostgreSQL hands out identities at insert time: a later
/// key could commit first and a reader skip the earlier one for good. The app used to lock the
/// table just before committing, but then held the lock across two round trips to a busy app,
/// and every other write queued behind it (the load run of issue 13 saw dozens of connections
/// waiting on it). A deferred trigger renumbers the entry while the transaction commits, under a
/// lock that only the commit itself holds.
/// </summary>
public partial class DataChangesInCommitOrder : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // The advisory lock, released after the commit is visible, orders the numbers drawn under it
        // as the commits are; a table lock would deadlock against the writers' own inserts.
        migrationBuilder.Sql("""
            CREATE FUNCTION data_changes_in_commit_order() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_advisory_xact_lock(260026);
                UPDATE "DataChanges" SET "Seq" = nextval(pg_get_serial_sequence('"DataChanges"', 'Seq')) WHERE "Seq" = NEW."Seq";
                RETURN NULL;
            END
            $$;
            """);
        migrationBuilder.Sql("""
            CREATE CONSTRAINT TRIGGER data_changes_in_commit_order AFTER INSERT ON "DataChanges"
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_changes_in_commit_order();
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DROP TRIGGER data_changes_in_commit_order ON "DataChanges";""");
        migrationBuilder.Sql("DROP FUNCTION data_changes_in_commit_order();");
    }
}
