using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SocialKpi.Activities;
using SocialKpi.Data;
using SocialKpi.Privacy;

namespace SocialKpi.Tests.Privacy;

/// <summary>
/// On PostgreSQL an erased value lives on in the row's old version until the table is vacuumed
/// (and plain VACUUM does not overwrite it): after an erasure, none of the person's words is left
/// in any file of the database once PostgreSQL has written its buffers out.
/// </summary>
[Trait("Provider", "Postgres")]
public sealed class PostgresErasureTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        Assert.True(PostgresTestServer.Configured, "These tests need the PostgreSQL server tests.sh starts (SOCIALKPI_TEST_POSTGRES).");
        database = await TestDatabase.CreateAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task An_erased_persons_words_are_in_no_file_of_the_database()
    {
        var id = await Builders.ProspectAsync(database, "Zéphyrine Quincampoix");
        await using (var scope = database.Scope())
        {
            var log = Builders.Dm(database, "Quincampoix veut un gâteau de mariage");
            Assert.True((await scope.ServiceProvider.GetRequiredService<ActivityService>().LogAsync(id, log, null)).Succeeded);
        }
        string[] traces = ["Quincampoix", "boulangerie-leger.fr", "boulangerie.leger", "33612345678"];
        // The words are there to be found before the erasure, so the search below can fail.
        Assert.NotEmpty(await TracesAsync(traces));

        await using (var db = database.NewContext())
        {
            var erased = await new Erasure(db, database.Clock).EraseAsync([id], null);
            Assert.True(erased.Succeeded && erased.FilesClean);
        }

        Assert.Empty(await TracesAsync(traces));
    }

    /// <summary>The words found in the files of this database, after a checkpoint writes every page out.</summary>
    private async Task<List<string>> TracesAsync(string[] words)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var checkpoint = new NpgsqlCommand("CHECKPOINT", connection))
            await checkpoint.ExecuteNonQueryAsync();
        await using var where = new NpgsqlCommand("SELECT current_setting('data_directory') || '/base/' || oid FROM pg_database WHERE datname = current_database()", connection);
        var directory = (string)(await where.ExecuteScalarAsync())!;
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            found.AddRange(words.Where(w => bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(w)) >= 0).Select(w => $"{w} in {Path.GetFileName(file)}"));
        }
        return found;
    }
}
