using Microsoft.Data.Sqlite;

namespace SocialKpi.Data;

/// <summary>Checks on the SQLite file before anything opens it, and plain words for SQLite's refusals.</summary>
public static class DatabaseFile
{
    // SQLite's result codes (https://sqlite.org/rescode.html) for what a user can fix.
    private const int ReadOnly = 8;
    private const int CannotOpen = 14;
    private const int NotADatabase = 26;

    /// <summary>
    /// The default file's folder may be created (a first run); a path given by configuration must
    /// already lead to a folder: creating it silently would give an empty workspace whose set-up
    /// page is open to whoever connects first.
    /// </summary>
    public static void Prepare(string connectionString, bool mayCreateFolder)
    {
        if (PathOf(connectionString) is not { } path)
            return;
        var folder = Path.GetDirectoryName(path)!;
        for (var ancestor = folder; !string.IsNullOrEmpty(ancestor); ancestor = Path.GetDirectoryName(ancestor))
        {
            if (File.Exists(ancestor))
                throw new StartupProblem($"The database path {path} goes through the file {ancestor}, which is not a folder. / Le chemin de la base {path} passe par le fichier {ancestor}, qui n'est pas un dossier.");
        }
        if (Directory.Exists(path))
            throw new StartupProblem($"The database path {path} is a folder: give the path of a file inside it. / Le chemin de la base {path} est un dossier : indiquez un fichier à l'intérieur.");
        if (Directory.Exists(folder))
            return;
        if (!mayCreateFolder)
            throw new StartupProblem($"The database folder {folder} does not exist: create it, or correct the connection string. / Le dossier de la base {folder} n'existe pas : créez-le, ou corrigez la chaîne de connexion.");
        Directory.CreateDirectory(folder);
    }

    /// <summary>One line for a SQLite failure at start-up that the user can fix, or null for the others.</summary>
    public static StartupProblem? Explain(SqliteException e, string connectionString)
    {
        var path = PathOf(connectionString) ?? connectionString;
        return e.SqliteErrorCode switch
        {
            ReadOnly => new StartupProblem($"The database {path} is read-only: SocialKpi needs to write to it and to its folder. / La base {path} est en lecture seule : SocialKpi doit pouvoir écrire dans le fichier et son dossier."),
            CannotOpen => new StartupProblem($"The database {path} cannot be opened: check that its folder exists and can be written. / La base {path} ne peut pas être ouverte : vérifiez que son dossier existe et est accessible en écriture."),
            NotADatabase => new StartupProblem($"The file {path} is not a SocialKpi database. / Le fichier {path} n'est pas une base SocialKpi."),
            _ => null,
        };
    }

    /// <summary>The file a connection string points at, or null for an in-memory database.</summary>
    public static string? PathOf(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
            return null;
        var mode = new SqliteConnectionStringBuilder(connectionString).Mode;
        return mode == SqliteOpenMode.Memory ? null : Path.GetFullPath(dataSource);
    }
}
