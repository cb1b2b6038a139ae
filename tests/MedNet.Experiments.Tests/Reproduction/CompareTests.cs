using MedNet.Experiments;
using MedNet.Experiments.MedNetPaper;
using MedNet.Experiments.Profiles;
using MedNet.Experiments.Reproduction;
using MedNet.Experiments.Runs;
using MedNet.Experiments.Tests.Runs;
using MedNet.Models.Training;

namespace MedNet.Experiments.Tests.Reproduction;

/// <summary>The paper-vs-reproduced tables the experiments build (<c>ReproductionExperiment.Compare</c> and its overrides).</summary>
public class CompareTests
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
        var run = new ExperimentResult("mednet-timing", "timing", ctx, [], "ab", "data/mba", DateTime.UnixEpoch, 1, [],
            new Dictionary<string, double> { ["dtaad.seconds_per_epoch"] = 0.4, ["mednet.seconds_per_epoch"] = 0.2, ["ratio.mednet_over_dtaad"] = 0.5 }, []);
        var comparison = Reproductions.Get("mednet-timing").Compare(SeedSummary.Of([run]));

        var dtaad = comparison.Rows.Single(r => r.Metric == "MED-Net / DTAAD time per epoch");
        Assert.Equal((0.5, 0.5), (dtaad.Paper!.Value, dtaad.Reproduced!.Value));
        var cae = comparison.Rows.Single(r => r.Metric == "MED-Net / CAE time per epoch");
        Assert.Equal(0.01, cae.Paper);
        Assert.Contains("not timed at the smoke profile", cae.NotRunReason);
    }

    [Fact]
    public void Compare_Table_PrintsFiveDecimalsAsThePapers()
    {
        var summary = SeedSummary.Of([SeedSummaryTests.Fake(0, 0.96, profile: RunProfile.Paper)]);
        var comparison = Reproductions.Get("mednet-table3").Compare(summary);

        Assert.Equal(5, comparison.Digits);
        Assert.Contains("| F1 | 0.96501 | 0.96000 | -0.00501 | ", comparison.ToMarkdown());
        Assert.Contains("0.96501", comparison.ToPlainText());
    }
}
