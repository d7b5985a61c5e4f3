namespace SocialKpi.Data;

/// <summary>
/// Something the person starting SocialKpi can fix (a missing folder, a read-only file, a database
/// from a newer version): the app and the command line print its one-line message and stop with a
/// non-zero exit code, instead of a stack trace or a half-working app.
/// </summary>
public sealed class StartupProblem(string message) : Exception(message);
