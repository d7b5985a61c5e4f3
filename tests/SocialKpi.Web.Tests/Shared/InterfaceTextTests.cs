using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace SocialKpi.Web.Tests.Shared;

public sealed partial class InterfaceTextTests
{
    private static readonly ResourceManager Texts = new("SocialKpi.Web.Resources.Ui", typeof(Ui).Assembly);

    private static HashSet<string> KeysOf(CultureInfo culture) =>
        Texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .Where(e => !string.IsNullOrWhiteSpace((string?)e.Value))
            .Select(e => (string)e.Key)
            .ToHashSet();

    [Fact]
    public void Every_interface_text_exists_in_English_and_in_French()
    {
        var english = KeysOf(CultureInfo.InvariantCulture);
        var french = KeysOf(CultureInfo.GetCultureInfo("fr"));

        Assert.Empty(english.Except(french));
        Assert.Empty(french.Except(english));
    }

    /// <summary>A key missing from the resources would show its own name on the page.</summary>
    [Fact]
    public void Every_text_a_component_asks_for_exists()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "SocialKpi.sln")))
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("SocialKpi.sln not found above the test folder.");
        var components = Directory.EnumerateFiles(Path.Combine(root, "src", "SocialKpi.Web"), "*.razor", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var used = components.SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value)).ToHashSet();

        Assert.NotEmpty(used);
        Assert.Empty(used.Except(KeysOf(CultureInfo.InvariantCulture)));
    }

    /// <summary>Texts looked up by an enum value ("Kpi_" + metric) escape the literal-key check above.</summary>
    [Fact]
    public void Every_text_named_after_an_objective_a_KPI_a_period_or_a_verdict_exists()
    {
        var english = KeysOf(CultureInfo.InvariantCulture);
        var keys = Enum.GetNames<SocialKpi.Objectives.ObjectiveKind>().SelectMany(k => new[] { "Objective_" + k, "ObjectiveHint_" + k })
            .Concat(Enum.GetNames<SocialKpi.Objectives.KpiMetric>().Select(m => "Kpi_" + m))
            .Concat(Enum.GetNames<SocialKpi.Objectives.ObjectivePeriod>().Select(p => "Period_" + p))
            .Concat(Enum.GetNames<SocialKpi.Kpis.KpiVerdict>().Select(v => "Verdict_" + v));

        Assert.Empty(keys.Except(english));
    }

    [GeneratedRegex("""T\["([A-Za-z_]+)"\]""")]
    private static partial Regex LiteralKey();
}
