using SocialKpi.Channels;
using SocialKpi.Exporting;
using SocialKpi.Kpis;
using SocialKpi.Prospects;
using SocialKpi.TimeSpent;

namespace SocialKpi.Tests.Exporting;

public sealed class ReportCsvTests
{
    [Fact]
    public void Rings_write_invariant_numbers_ratios_and_empty_cells_for_no_data()
    {
        var report = new RingsReportResult([new RingRow(PerimeterRing.Street, 40, 30, 6, 12.346, 1500.5m), new RingRow(PerimeterRing.OnlineOnly, 0, 0, 0, 0, 0)], null);

        var rows = ReportCsv.Rings(report).Split('\n');

        Assert.Equal("street,40,30,0.75,6,0.15,12.35,1500.5,121.54", rows[1]);
        Assert.Equal("online_only,0,0,,0,,0,0,", rows[2]);
    }

    [Fact]
    public void Text_cells_are_neutralised_and_quoted()
    {
        var conversion = ReportCsv.ConversionBySource([new ChannelConversion(1, "=Salon, Lyon", ChannelKind.Local, 10, 1)]);
        var time = ReportCsv.TimeEntries([new TimeEntryRow(1, new DateOnly(2026, 11, 2), "Instagram", 45, "@stories; lundi")]);

        Assert.Equal("\"'=Salon, Lyon\",10,1,0.1", conversion.Split('\n')[1]);
        Assert.Equal("Instagram,2026-11-02,45,\"'@stories; lundi\"", time.Split('\n')[1]);
    }
}
