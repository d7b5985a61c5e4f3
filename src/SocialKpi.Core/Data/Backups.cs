using Microsoft.Data.Sqlite;

namespace SocialKpi.Data;

/// <summary>A backup or restore that cannot be done as asked, with the reason in one line (English / French).</summary>
public sealed class BackupProblem(string message) : Exception(message);

public sealed record BackupSummary(string File, long Bytes, string SchemaVersion);

public sealed record RestoreSummary(string RestoredFrom, string SchemaVersion, string? SetAside);

/// <summary>
/// Backups through SQLite's online backup API: it reads through a connection, so the copy holds
/// what the write-ahead log holds too, and it copies one consistent snapshot while the app goes on
/// writing. Copying the file with cp while the app runs loses recent writes (they are still in the
/// -wal file) or gives a torn copy.
/// </summary>
public static class Backups
{
    public static BackupSummary Backup(string connectionString, string target)
    {
        var source = DatabaseFile.PathOf(connectionString) ?? throw new BackupProblem("Only a database file can be backed up. / Seule une base dans un fichier peut être sauvegardée.");
        if (!File.Exists(source))
            throw new BackupProblem($"There is no database at {source}. / Il n'y a pas de base à {source}.");
        target = Path.GetFullPath(target);
        if (File.Exists(target) || Directory.Exists(target))
            throw new BackupProblem($"{target} already exists: choose another name, so that no backup is overwritten. / {target} existe déjà : choisissez un autre nom, pour n'écraser aucune sauvegarde.");
        if (!Directory.Exists(Path.GetDirectoryName(target)))
            throw new BackupProblem($"The folder of {target} does not exist. / Le dossier de {target} n'existe pas.");

        // Written beside the target and renamed at the end, so a half-written file never carries its name.
        var partial = target + ".partial";
        File.Delete(partial);
        try
        {
            using (var from = Open(connectionString))
            using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
            {
                to.Open();
                from.BackupDatabase(to);
                // One self-contained file: no -wal beside it to forget when the copy is moved.
                Execute(to, "PRAGMA journal_mode = DELETE");
                CheckIntegrity(to, partial);
            }
            File.Move(partial, target);
        }
        finally
        {
            File.Delete(partial);
        }
        using var copy = OpenReadOnly(target);
        return new BackupSummary(target, new FileInfo(target).Length, SchemaVersionOf(copy, target));
    }

    /// <summary>
    /// Replaces the database's content with the backup's, after checking that the backup is sound
    /// and not from a newer version. The replaced content is first copied aside (same folder,
    /// <c>.before-restore-…</c>), so a restore can itself be undone. An older backup is fine: the app
    /// migrates it when it next starts.
    /// </summary>
    public static RestoreSummary Restore(string connectionString, string backupFile, DateTimeOffset now)
    {
        var live = DatabaseFile.PathOf(connectionString) ?? throw new BackupProblem("Only a database file can be restored. / Seule une base dans un fichier peut être restaurée.");
        backupFile = Path.GetFullPath(backupFile);
        if (!File.Exists(backupFile))
            throw new BackupProblem($"There is no backup at {backupFile}. / Il n'y a pas de sauvegarde à {backupFile}.");

        using var backup = OpenReadOnly(backupFile);
        CheckIntegrity(backup, backupFile);
        var version = SchemaVersionOf(backup, backupFile);
        var known = SchemaState.KnownMigrations;
        if (!known.Contains(version))
            throw new BackupProblem($"{backupFile} comes from a newer SocialKpi (migration {version}): update SocialKpi before restoring it. / {backupFile} vient d'une version plus récente de SocialKpi (migration {version}) : mettez SocialKpi à jour avant de la restaurer.");

        string? setAside = null;
        if (File.Exists(live))
        {
            setAside = $"{live}.before-restore-{now.UtcDateTime:yyyyMMdd-HHmmss}";
            File.Delete(setAside);
            using var current = Open(connectionString);
            using var aside = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = setAside, Pooling = false }.ToString());
            aside.Open();
            current.BackupDatabase(aside);
            Execute(aside, "PRAGMA journal_mode = DELETE");
        }
        using (var target = Open(connectionString))
        {
            backup.BackupDatabase(target);
            CheckIntegrity(target, live);
        }
        SqliteConnection.ClearAllPools();
        return new RestoreSummary(backupFile, version, setAside);
    }

    private static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        DatabaseSetup.ApplySqlitePragmas(connection);
        return connection;
    }

    private static SqliteConnection OpenReadOnly(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void CheckIntegrity(SqliteConnection connection, string path)
    {
        string result;
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            result = command.ExecuteScalar() as string ?? "";
        }
        catch (SqliteException e)
        {
            throw new BackupProblem($"{path} is not a readable SQLite database ({e.SqliteErrorCode}). / {path} n'est pas une base SQLite lisible ({e.SqliteErrorCode}).");
        }
        if (result != "ok")
            throw new BackupProblem($"{path} fails SQLite's integrity check: {result}. / {path} échoue au contrôle d'intégrité de SQLite : {result}.");
    }

    private static string SchemaVersionOf(SqliteConnection connection, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            throw new BackupProblem($"{path} is not a SocialKpi database. / {path} n'est pas une base SocialKpi.");
        command.CommandText = """SELECT max("MigrationId") FROM "__EFMigrationsHistory" """;
        return command.ExecuteScalar() as string ?? throw new BackupProblem($"{path} is not a SocialKpi database. / {path} n'est pas une base SocialKpi.");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
