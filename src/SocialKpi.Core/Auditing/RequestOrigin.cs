namespace SocialKpi.Auditing;

/// <summary>
/// Where the current call comes from, for the audit log: the web app sets the client's address
/// for each HTTP request and each circuit call, the command line says so. An async-local value,
/// like <see cref="System.Diagnostics.Activity.Current"/>, so that Core services record it without
/// every signature carrying it (decision 0017).
/// </summary>
public static class RequestOrigin
{
    public const string CommandLine = "command line";

    private static readonly AsyncLocal<string?> Current = new();

    public static string? Address => Current.Value;

    /// <summary>Sets the address until the returned scope is disposed.</summary>
    public static IDisposable Use(string? address)
    {
        var previous = Current.Value;
        Current.Value = address;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
