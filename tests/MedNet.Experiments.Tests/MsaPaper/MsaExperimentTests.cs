using System.Text.RegularExpressions;
using MedNet.Experiments.MsaPaper;
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Profiles;
using MedNet.Experiments.Reproduction;
using MedNet.Experiments.Runs;

namespace MedNet.Experiments.Tests.MsaPaper;

/// <summary>The four [MSA] experiments at the smoke profile (six records of ../shared/data/mitdb; skipped without it).</summary>
public partial class MsaExperimentTests
{
    private static readonly Dictionary<string, ReproductionReport> Reports = [];

    private static ReproductionReport Report(string id)
    {
        lock (Reports)
        {
            if (!Reports.TryGetValue(id, out var report))
            {
                var ctx = new RunContext(RunProfile.Smoke, 0, 2, SharedData.RepositoryRoot(), "test-commit", Path.Combine(Path.GetTempPath(), "mednet-msa-tests"));
                report = Reproductions.Run(Reproductions.Get(id), ctx, [0]);
                Reports[id] = report;
            }

            return report;
        }
    }

    [GeneratedRegex(@"^accuracy=\d\.\d{5} sensitivity=\d\.\d{5} specificity=\d\.\d{5} f1=\d\.\d{5} auroc=\d\.\d{5}$")]
    private static partial Regex LastLine();

    [SharedDataTheory("mitdb")]
    [InlineData("msa-table2")]
    [InlineData("msa-table3")]
    [InlineData("msa-losses")]
    [InlineData("msa-lr")]
    public void Smoke_EachId_RunsAndPrintsTheHeadlineLine(string id)
    {
        var report = Report(id);
        Assert.Matches(LastLine(), report.HeadlineLine());
        var result = Assert.Single(report.Results);
        Assert.Contains(result.Notes, n => n.StartsWith("smoke profile:", StringComparison.Ordinal) && n.Contains("reduced widths", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Contains("after SMOTE", StringComparison.Ordinal));
        foreach (var name in MsaBeatData.ClassNames)
        {
            Assert.Contains(result.Metrics.Keys, k => k.EndsWith($".{name}.sensitivity", StringComparison.Ordinal));
        }
    }

    [SharedDataFact("mitdb")]
    public void Smoke_SameSeedTwice_SameMetrics()
    {
        var ctx = new RunContext(RunProfile.Smoke, 0, 2, SharedData.RepositoryRoot(), "test-commit", Path.Combine(Path.GetTempPath(), "mednet-msa-tests"));
        var again = Reproductions.Get("msa-losses").Run(ctx);
        var first = Report("msa-losses").Results[0];
        Assert.Equal(
            first.Metrics.Where(m => !m.Key.Contains("seconds", StringComparison.Ordinal)).ToDictionary(),
            again.Metrics.Where(m => !m.Key.Contains("seconds", StringComparison.Ordinal)).ToDictionary());
    }

    [SharedDataFact("mitdb")]
    public void Compare_Rows_ComeFromTheRunRecordsInPercent()
    {
        var report = Report("msa-losses");
        var run = report.Results[0];
        var focal = report.Comparison.Rows.Single(r => r.Metric == "Focal loss / Accuracy");
        Assert.Equal(98.7, focal.Paper);
        Assert.Equal(100 * run.Metric("focal.accuracy"), focal.Reproduced!.Value, 9);
        var fusion = report.Comparison.Rows.Single(r => r.Metric == "Cross-entropy / Fusion F1");
        Assert.Equal(100 * run.Metric("ce.F.f1"), fusion.Reproduced!.Value, 9);
    }

    [SharedDataFact("mitdb")]
    public void Compare_Table2AtSmoke_InferenceRowsSayNotRunAndWhy()
    {
        var report = Report("msa-table2");
        var rows = report.Comparison.Rows.Where(r => r.Metric.EndsWith("Inference Time", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, rows.Count);
        Assert.All(rows, r => Assert.StartsWith("the smoke profile does not time", r.NotRunReason));
        var parameters = report.Comparison.Rows.Single(r => r.Metric == "+ Depthwise Sep. Conv / Parameters");
        Assert.Equal(report.Results[0].Metric("dsc.paper_width_parameters_m"), parameters.Reproduced!.Value, 9);
        Assert.InRange(report.Results[0].Metric("spectral.preserving_share"), 0.85, 1.05);
    }

    [Fact]
    public void PaperMetrics_EveryMsaKeyIsInTheRegistry_AndTable2CoversAllSevenRows()
    {
        foreach (var e in Reproductions.All.OfType<MsaExperiment>())
        {
            foreach (var key in e.PaperKeys)
            {
                Assert.Equal(key, ReportedResults.Get(key).Key);
            }
        }

        var t2 = Reproductions.Get("msa-table2").PaperKeys.Where(k => k.StartsWith("MSA/T2/", StringComparison.Ordinal)).ToList();
        Assert.Equal(ReportedResults.Table("MSA", "T2").Select(v => v.Key), t2);
    }

    [Theory]
    [InlineData(RunProfile.Smoke, 1)]
    [InlineData(RunProfile.Laptop, 3)]
    [InlineData(RunProfile.Paper, 100)]
    public void Settings_Profiles_AdamAtOneEMinusThreeWithTheirEpochs(RunProfile profile, int epochs)
    {
        var s = MsaSettings.For(profile);
        Assert.Equal(epochs, s.Training.Epochs);
        Assert.Equal(1e-3, s.Training.Optimizer.LearningRate);
        Assert.Equal(profile == RunProfile.Paper, s.Widths.IsPaper);
    }
}
