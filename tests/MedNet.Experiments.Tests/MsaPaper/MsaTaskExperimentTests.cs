using System.Text.RegularExpressions;
using MedNet.Experiments.MsaPaper;
using MedNet.Experiments.Profiles;
using MedNet.Experiments.Reproduction;
using MedNet.Experiments.Runs;

namespace MedNet.Experiments.Tests.MsaPaper;

/// <summary>A fact that runs only when every named dataset is in ../shared/data or MEDNET_DATA.</summary>
internal sealed class SharedDatasetsFactAttribute : FactAttribute
{
    public SharedDatasetsFactAttribute(params string[] datasets)
    {
        var missing = datasets.FirstOrDefault(d => SharedData.Find(d) is null);
        if (missing is not null)
        {
            Skip = SharedData.SkipReason(missing);
        }
    }
}

/// <summary><c>msa-table1</c> and <c>msa-table4</c> at the smoke profile (skipped without ../shared/data/{mitdb,ptbxl,cinc2017}).</summary>
public partial class MsaTaskExperimentTests
{
    private static readonly Lazy<ReproductionReport> Table1 = new(() => Reproductions.Run(Reproductions.Get("msa-table1"), Context(), [0]));

    private static RunContext Context() =>
        new(RunProfile.Smoke, 0, 2, SharedData.RepositoryRoot(), "test-commit", Path.Combine(Path.GetTempPath(), "mednet-msa-task-tests"));

    [GeneratedRegex(@"^accuracy=\d\.\d{5} sensitivity=\d\.\d{5} specificity=\d\.\d{5} f1=\d\.\d{5} auroc=\d\.\d{5}$")]
    private static partial Regex LastLine();

    [SharedDatasetsFact("mitdb", "ptbxl", "cinc2017")]
    public void Table1Smoke_EveryTaskHasItsFiveMetricsWithIntervals_AndScoresFiles()
    {
        var report = Table1.Value;
        Assert.Matches(LastLine(), report.HeadlineLine());
        var run = Assert.Single(report.Results);
        foreach (var (id, _) in MsaTaskExperiment.Tasks)
        {
            foreach (var name in MsaTaskMetrics.Names)
            {
                Assert.True(run.Metrics.ContainsKey($"{id}.{name}"), $"{id}.{name}");
                Assert.True(run.Metrics.ContainsKey($"{id}.{name}.ci_low"), $"{id}.{name}.ci_low");
            }

            Assert.True(File.Exists(MsaTaskScores.PathOf(Context().ArtifactsDirectory, "msa-table1", 0, id)), id);
        }

        Assert.Contains(run.Notes, n => n.StartsWith("PtbXlMiDetection:", StringComparison.Ordinal) && n.Contains("strat_fold split", StringComparison.Ordinal));
        Assert.Contains(run.Notes, n => n.StartsWith("CinCRhythm:", StringComparison.Ordinal) && n.Contains("50 % overlap", StringComparison.Ordinal));
        var frame = MsaTableFrames.Table1(run.Metrics);
        Assert.Equal(25, frame.Rows.Count);
        Assert.Equal(100 * run.Metric("ptbxl-mi.accuracy"), (double)frame["reproduced"][5]!, 9);
    }

    [SharedDatasetsFact("mitdb", "ptbxl")]
    public void Table4Smoke_LiteratureRowsSayWhyNotRun_ProposedRowsAreMeasured()
    {
        var report = Reproductions.Run(Reproductions.Get("msa-table4"), Context(), [0]);
        Assert.Matches(LastLine(), report.HeadlineLine());
        var literature = report.Comparison.Rows.Where(r => r.Metric.StartsWith("DenseNet PTB-XL 2020", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, literature.Count);
        Assert.All(literature, r => Assert.Contains(MsaTable4.LiteratureReason, r.NotRunReason, StringComparison.Ordinal));
        var proposed = report.Comparison.Rows.Single(r => r.Metric == "Proposed PTB-XL 2024 / Accuracy");
        Assert.Equal(96.1, proposed.Paper);
        Assert.Equal(100 * report.Results[0].Metric("ptbxl-mi.accuracy"), proposed.Reproduced!.Value, 9);
    }
}
