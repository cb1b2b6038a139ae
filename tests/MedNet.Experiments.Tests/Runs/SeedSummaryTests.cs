using MedNet.Experiments;
using MedNet.Experiments.MedNetPaper;
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Profiles;
using MedNet.Experiments.Reproduction;
using MedNet.Experiments.Runs;
using MedNet.Models.Training;

namespace MedNet.Experiments.Tests.Runs;

public class SeedSummaryTests
{
    /// <summary>Mean and sd of a handful of values are exact to rounding of a few operations.</summary>
    private const double Exact = 1e-12;

    internal static ExperimentResult Fake(int seed, double f1, double loss = 0.1, string fingerprint = "ab12", RunProfile profile = RunProfile.Smoke) =>
        new("mednet-table3", "Table 3", new RunContext(profile, seed, 2, null, "abc", Path.GetTempPath()), [], fingerprint, "data/mba",
            new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), 1.0, [new EpochLog(1, loss, 0.005, 0.2)],
            new Dictionary<string, double> { ["channel_average.adjusted.f1"] = f1, ["train.final_loss"] = loss }, ["note A"]);

    [Fact]
    public void MetricSummary_KnownValues_MeanAndSampleSd()
    {
        var s = MetricSummary.Of([1, 2, 3, 4]);
        Assert.Equal(2.5, s.Mean, Exact);
        Assert.Equal(Math.Sqrt(5.0 / 3.0), s.Sd!.Value, Exact);   // Σ(x − x̄)² = 5, n − 1 = 3
        Assert.Equal((4, 1.0, 4.0), (s.Count, s.Min, s.Max));
        Assert.Equal("2.50000 ± 1.29099", s.Format());
    }

    [Fact]
    public void MetricSummary_OneValue_HasNoSd()
    {
        var s = MetricSummary.Of([0.97]);
        Assert.Null(s.Sd);
        Assert.Null(s.Describe());
        Assert.Equal("0.97000", s.Format());
    }

    [Fact]
    public void MetricSummary_NoValues_Throws() => Assert.Throws<ArgumentException>(() => MetricSummary.Of([]));

    [Fact]
    public void Of_ThreeSeeds_SummarisesEveryMetric()
    {
        var summary = SeedSummary.Of([Fake(0, 0.96), Fake(1, 0.97), Fake(2, 0.98)]);
        Assert.Equal([0, 1, 2], summary.Seeds);
        Assert.Equal(0.97, summary.Metric("channel_average.adjusted.f1").Mean, Exact);
        Assert.Equal(0.01, summary.Metric("channel_average.adjusted.f1").Sd!.Value, Exact);
        Assert.Equal(0.0, summary.Metric("train.final_loss").Sd!.Value, Exact);
        Assert.Equal(3.0, summary.WallSeconds, Exact);
        Assert.Equal(["note A"], summary.Notes);
    }

    [Fact]
    public void Of_RunsOnDifferentData_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => SeedSummary.Of([Fake(0, 0.96), Fake(1, 0.97, fingerprint: "ff00")]));
        Assert.Contains("differing only in the seed", ex.Message);
    }

    [Fact]
    public void ToJson_RoundTrip_KeepsSeedsMeansAndSds()
    {
        var summary = SeedSummary.Of([Fake(0, 0.96), Fake(1, 0.98)]);
        var back = SeedSummary.FromJson(summary.ToJson());
        Assert.Equal(summary.Seeds, back.Seeds);
        Assert.Equal(RunProfile.Smoke, back.Profile);
        Assert.Equal(summary.Metric("channel_average.adjusted.f1"), back.Metric("channel_average.adjusted.f1"));
        Assert.Contains("\"sd\":", summary.ToJson());
    }

    [Fact]
    public void Save_WritesSummaryJsonBesideSeedFiles()
    {
        var dir = Directory.CreateTempSubdirectory("mednet-summary-");
        try
        {
            var path = SeedSummary.Of([Fake(0, 0.96)]).Save(dir.FullName);
            Assert.Equal(Path.Combine(dir.FullName, "mednet-table3", "summary.json"), path);
            Assert.True(File.Exists(path));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
