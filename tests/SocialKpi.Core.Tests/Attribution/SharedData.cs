namespace SocialKpi.Tests.Attribution;

internal static class SharedData
{
    /// <summary>ChannelAttribution's example paths, kept beside these tests (Data/README.md says where from).</summary>
    public static string PathFile([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Data", "channelattribution-paths.csv");
}
