namespace SocialKpi.Tests.Attribution;

internal static class SharedData
{
    /// <summary>The team's shared folder sits beside the repository: ../shared/data from its root.</summary>
    public static string PathFile([System.Runtime.CompilerServices.CallerFilePath] string here = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(here)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SocialKpi.sln")))
            directory = directory.Parent;
        return Path.Combine(directory!.Parent!.FullName, "shared", "data", "channelattribution-paths.csv");
    }
}
