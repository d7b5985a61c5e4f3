using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Activities;
using SocialKpi.Data;
using SocialKpi.Pipeline;
using SocialKpi.Prospects;

namespace SocialKpi.Tests.Data;

/// <summary>
/// The journal names the prospects a write touched, so that the report's memory reads those again
/// and nothing else; what it cannot narrow down it records as "anything" (null).
/// </summary>
public sealed class DataChangeJournalTests
{
    private static async Task<List<DataChange>> EntriesAfterAsync(TestDatabase database, long seq)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>().DataChanges.Where(c => c.Seq > seq).OrderBy(c => c.Seq).ToListAsync();
    }

    private static async Task<long> LatestAsync(TestDatabase database)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>().DataChanges.MaxAsync(c => (long?)c.Seq) ?? 0;
    }

    [Fact]
    public async Task A_new_prospect_a_logged_conversation_its_edit_and_its_deletion_each_name_the_prospect_alone()
    {
        await using var database = await TestDatabase.CreateAsync();
        var before = await LatestAsync(database);
        var prospect = await Builders.ProspectAsync(database);
        int activityId;
        await using (var scope = database.Scope())
        {
            var activities = scope.ServiceProvider.GetRequiredService<ActivityService>();
            activityId = (await activities.LogAsync(prospect, Builders.Dm(database), null)).Id!.Value;
            var input = Builders.Dm(database, "Sent the quote");
            Assert.True((await activities.UpdateAsync(activityId, input, null)).Succeeded);
            Assert.True((await activities.DeleteAsync(activityId, null)).Succeeded);
            Assert.True((await scope.ServiceProvider.GetRequiredService<ProspectService>().DeleteAsync(prospect)).Succeeded);
        }

        var entries = await EntriesAfterAsync(database, before);

        var id = prospect.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Creating saves twice: the prospect, then its entry stage (a table no report reads).
        Assert.Equal([id, "", id, id, id, id], entries.Select(e => e.Prospects));
    }

    [Fact]
    public async Task A_write_to_a_table_no_report_reads_names_no_prospect_but_still_moves_the_journal()
    {
        await using var database = await TestDatabase.CreateAsync();
        var before = await LatestAsync(database);
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
            db.LossReasons.Add(new LossReason { Name = "Budget gelé" });
            await db.SaveChangesAsync();
            await db.LossReasons.Where(r => r.Name == "Budget gelé").ExecuteUpdateAsync(s => s.SetProperty(r => r.IsArchived, true));
        }

        Assert.Equal(["", ""], (await EntriesAfterAsync(database, before)).Select(e => e.Prospects));
    }

    [Fact]
    public async Task Opening_an_existing_workspace_records_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await Builders.ProspectAsync(database);
        var before = await LatestAsync(database);

        // What every start of the app and every command does: the migration check (EF takes and
        // releases its lock) and the default channels and stages, already there.
        await using (var scope = database.Scope())
            await WorkspaceInitializer.InitializeAsync(scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>());

        Assert.Empty(await EntriesAfterAsync(database, before));
    }

    [Fact]
    public async Task Untracked_writes_to_reported_tables_record_anything_and_a_rolled_back_transaction_records_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var prospect = await Builders.ProspectAsync(database);
        var before = await LatestAsync(database);
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>();
            await db.Activities.Where(a => a.ProspectId == prospect).ExecuteUpdateAsync(s => s.SetProperty(a => a.DurationMinutes, 5));
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                var now = database.Clock.GetUtcNow().UtcDateTime;
                db.Activities.Add(new Activity { ProspectId = prospect, Summary = "Jamais", CreatedAt = now, OccurredAt = now, UpdatedAt = now });
                await db.SaveChangesAsync();
                await transaction.RollbackAsync();
            }
            db.ChangeTracker.Clear();
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await BulkWriter.InsertAsync(db, [new LossReason { Id = 900, Name = "Importée" }]);
                await transaction.CommitAsync();
            }
        }

        Assert.Equal([null, null], (await EntriesAfterAsync(database, before)).Select(e => e.Prospects));
    }
}
