using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialKpi.Data;

namespace SocialKpi.Tests.Data;

/// <summary>
/// Readers of the journal take entries in key order and keep the last key as their position, so an
/// entry must never commit with a key below one already read. SQLite has one writer at a time;
/// PostgreSQL hands out keys at insert, so the database renumbers each entry as it commits
/// (decision 0028). Without that, the entry written first and committed last is skipped for good.
/// </summary>
[Trait("Provider", "Postgres")]
public sealed class PostgresDataChangeOrderTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        Assert.True(PostgresTestServer.Configured, "These tests need the PostgreSQL server tests.sh starts (SOCIALKPI_TEST_POSTGRES).");
        database = await TestDatabase.CreateAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task An_entry_written_first_but_committed_last_still_reaches_a_reader_that_read_in_between()
    {
        long position;
        await using (var scope = database.Scope())
            position = await scope.ServiceProvider.GetRequiredService<SocialKpiDbContext>().DataChanges.MaxAsync(c => (long?)c.Seq) ?? 0;
        await using var first = await database.OpenConnectionAsync();
        await using var second = await database.OpenConnectionAsync();
        await using var reader = await database.OpenConnectionAsync();

        await using var firstTransaction = await first.BeginTransactionAsync();
        await InsertEntryAsync(first, firstTransaction, "101");
        await using (var secondTransaction = await second.BeginTransactionAsync())
        {
            await InsertEntryAsync(second, secondTransaction, "102");
            await secondTransaction.CommitAsync();
        }
        var between = DataChangesSince.Read(reader, position);
        await firstTransaction.CommitAsync();
        var after = DataChangesSince.Read(reader, between.Seq);

        Assert.Equal([102], between.Prospects!);
        Assert.Equal([101], after.Prospects!);
    }

    // Written as any writer would, not through the journal: the order is the database's guarantee.
    private static async Task InsertEntryAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, string prospects)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""INSERT INTO "DataChanges" ("Prospects") VALUES ('{prospects}')""";
        await command.ExecuteNonQueryAsync();
    }
}
