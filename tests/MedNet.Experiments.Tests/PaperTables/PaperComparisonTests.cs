using MedNet.Experiments;
using MedNet.Experiments.MedNetPaper;
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Profiles;
using MedNet.Experiments.Reproduction;
using MedNet.Experiments.Runs;
using MedNet.Experiments.Tests.Runs;
using MedNet.Models.Training;

namespace MedNet.Experiments.Tests.PaperTables;

public class PaperComparisonTests
{
    [Fact]
    public void Compare_Table3_OneRowPerReportedCellWithRegistryValues()
    {
        var summary = SeedSummary.Of([SeedSummaryTests.Fake(0, 0.96, profile: RunProfile.Paper), SeedSummaryTests.Fake(1, 0.98, profile: RunProfile.Paper)]);
        var comparison = Reproductions.Get("mednet-table3").Compare(summary);

        Assert.Equal(9, comparison.Rows.Count);
        var f1 = comparison.Rows[0];
        Assert.Equal(("F1", 0.96501, 0.97), (f1.Metric, f1.Paper!.Value, f1.Reproduced!.Value));
        Assert.Contains("mean of 2 seeds", f1.Note);
        // The fake summary has no precision: that row says why instead of a number.
        Assert.Null(comparison.Rows[1].Reproduced);
        Assert.Contains("channel_average.adjusted.precision", comparison.Rows[1].NotRunReason);
        Assert.Contains("paper profile, seeds 0, 1", comparison.Caption);
    }

    [Fact]
    public void Compare_TimingAtSmoke_CaeRowIsNotRunWithReason()
    {
        var ctx = new RunContext(RunProfile.Smoke, 0, 2, null, "abc", Path.GetTempPath());
        var run = new ExperimentResult("mednet-timing", "timing", ctx, [], "ab", DateTime.UnixEpoch, 1, [],
            new Dictionary<string, double> { ["dtaad.seconds_per_epoch"] = 0.4, ["mednet.seconds_per_epoch"] = 0.2, ["ratio.mednet_over_dtaad"] = 0.5 }, []);
        var comparison = Reproductions.Get("mednet-timing").Compare(SeedSummary.Of([run]));

        var dtaad = comparison.Rows.Single(r => r.Metric == "MED-Net / DTAAD time per epoch");
        Assert.Equal((0.5, 0.5), (dtaad.Paper!.Value, dtaad.Reproduced!.Value));
        var cae = comparison.Rows.Single(r => r.Metric == "MED-Net / CAE time per epoch");
        Assert.Equal(0.01, cae.Paper);
        Assert.Contains("not timed at the smoke profile", cae.NotRunReason);
    }

    [Fact]
    public void ToMarkdown_MarksDifferencesBeyondToleranceAndNotRunRows()
    {
        var md = new PaperComparison("T", 0.01)
            .Add(new PaperComparisonRow("F1", 0.9, 0.95, "n|a"))
            .Add(new PaperComparisonRow("Recall", 1.0, 0.995))
            .Add(new PaperComparisonRow("TP", 2600, null, NotRunReason: "no data"))
            .ToMarkdown();
        var lines = md.Split('\n');
        Assert.Contains("| F1 | 0.90000 | 0.95000 | 0.05000 * | n\\|a |", lines);
        Assert.Contains("| Recall | 1.00000 | 0.99500 | -0.00500 |  |", lines);
        Assert.Contains("| TP | 2600.00000 | not run: no data | — |  |", lines);
    }

    [Fact]
    public void Add_RowWithNeitherValueNorReason_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PaperComparison("T", 0.01).Add(new PaperComparisonRow("F1", 0.9, null)));
        Assert.Contains("neither", ex.Message);
    }
}
