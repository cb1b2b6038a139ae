using MedNet.Experiments;
using MedNet.Experiments.MedNetPaper;
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Profiles;
using MedNet.Experiments.Reproduction;
using MedNet.Experiments.Runs;
using MedNet.Models.AnomalyDetection.MedNet;
using MedNet.Models.Training;
using MedNet.Signals.Preprocessing;

namespace MedNet.Experiments.Tests.MedNetPaper;

/// <summary>Smoke runs of every registered experiment on the shipped data/mba (1 epoch per model, a few seconds each).</summary>
public class ExperimentRunTests
{
    private static RunContext Smoke(int seed) =>
        new(RunProfile.Smoke, seed, 2, SharedData.RepositoryRoot(), "test-commit", Path.Combine(Path.GetTempPath(), "mednet-repro-tests"));

    /// <summary>Wall-clock metrics (train.seconds*, seconds_per_epoch, ratio.*) vary between runs; every other metric must not.</summary>
    private static Dictionary<string, double> Deterministic(ExperimentResult r) =>
        r.Metrics.Where(m => !m.Key.Contains("seconds", StringComparison.Ordinal) && !m.Key.StartsWith("ratio.", StringComparison.Ordinal))
            .ToDictionary(m => m.Key, m => m.Value);

    /// <summary>The MBA experiments (shipped data/mba); the ECG_DATA substitutes need ../shared/data and run in their own theories, the [MSA] ones in MsaPaper/.</summary>
    public static TheoryData<string> Ids() => [.. Reproductions.All.Where(e => e is not EcgTableExperiment and not Experiments.MsaPaper.MsaExperiment).Select(e => e.Id)];

    public static TheoryData<string> CinCIds() => [.. Reproductions.All.OfType<EcgTableExperiment>().Where(e => e.Substitute == EcgSubstitute.CinC2017).Select(e => e.Id)];

    public static TheoryData<string> MitBihIds() => [.. Reproductions.All.OfType<EcgTableExperiment>().Where(e => e.Substitute == EcgSubstitute.MitBih).Select(e => e.Id)];

    [SharedDataTheory("cinc2017")]
    [MemberData(nameof(CinCIds))]
    public void Run_CinCSubstituteSmokeSameSeedTwice_SameMetricsAndFingerprint(string id) => SameSeedTwice(id);

    [SharedDataTheory("mitdb")]
    [MemberData(nameof(MitBihIds))]
    public void Run_MitBihSubstituteSmokeSameSeedTwice_SameMetricsAndFingerprint(string id) => SameSeedTwice(id);

    [SharedDataFact("cinc2017")]
    public void Run_Table1OtherSeed_SameDataDifferentModel()
    {
        var experiment = Reproductions.Get("mednet-table1");
        var a = experiment.Run(Smoke(0));
        var b = experiment.Run(Smoke(1));
        Assert.Equal(a.DataFingerprint, b.DataFingerprint);
        Assert.NotEqual(a.Metric("train.final_loss"), b.Metric("train.final_loss"));
        Assert.Contains(a.Notes, n => n.Contains("NOT the paper's ECG_DATA", StringComparison.Ordinal));
    }

    private static void SameSeedTwice(string id)
    {
        var experiment = Reproductions.Get(id);
        var first = experiment.Run(Smoke(0));
        var second = experiment.Run(Smoke(0));
        Assert.Equal(Deterministic(first), Deterministic(second));
        Assert.Equal(first.DataFingerprint, second.DataFingerprint);
        Assert.Equal(first.Metric("channel_average.adjusted.f1"), first.Metric("ecg.adjusted.f1"));
        Assert.InRange(first.Metric(experiment.Headline.Items[0].Metric), 0.0, 1.0);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Run_SmokeSameSeedTwice_SameMetrics(string id)
    {
        var experiment = Reproductions.Get(id);
        var first = experiment.Run(Smoke(0));
        var second = experiment.Run(Smoke(0));

        Assert.Equal(Deterministic(first), Deterministic(second));
        Assert.All(first.Epochs, e => Assert.Equal(1, e.Epoch));
        var h = experiment.Headline;
        Assert.Equal(["f1", "precision", "recall", "roc_auc"], h.Items.Select(i => i.Label));
        foreach (var item in h.Items)
        {
            Assert.InRange(first.Metric(item.Metric), 0.0, 1.0);
        }
    }

    [Fact]
    public void Run_Table4SmokeOtherSeed_DiffersFromSeedZero()
    {
        var experiment = Reproductions.Get("mednet-table4");
        Assert.NotEqual(experiment.Run(Smoke(0)).Metric("train.final_loss"), experiment.Run(Smoke(1)).Metric("train.final_loss"));
    }

    [Fact]
    public void Run_Timing_ReportsBothModelsAndTheRatio()
    {
        var r = Reproductions.Get("mednet-timing").Run(Smoke(0));
        var ratio = r.Metric("ratio.mednet_over_dtaad");
        Assert.True(double.IsFinite(ratio) && ratio > 0, $"ratio {ratio}");
        Assert.Equal(new TrainingTimeExperiment().SmokeRounds, r.Metric("timing.rounds"));
        Assert.True(r.Metric("mednet.seconds_per_epoch") > 0 && r.Metric("dtaad.seconds_per_epoch") > 0);
        Assert.Equal(["dtaad", "mednet"], r.Epochs.Select(e => e.Model));
        Assert.True(r.Metrics.ContainsKey("dtaad.combined.adjusted.f1"));
    }

    [Fact]
    public void Run_Timing_ModelMetricsEqualTheTableRunsOfTheSameSeed()
    {
        var timing = Reproductions.Get("mednet-timing").Run(Smoke(0));
        var t4 = Reproductions.Get("mednet-table4").Run(Smoke(0));
        Assert.Equal(t4.Metric("channel_average.adjusted.f1"), timing.Metric("dtaad.channel_average.adjusted.f1"));
        Assert.Equal(t4.Metric("train.final_loss"), timing.Metric("dtaad.train.final_loss"));
    }

    [Fact]
    public void ToRunRecord_JsonRoundTrip_KeepsConfigSeedFingerprintCommitWallTimeEpochsAndMetrics()
    {
        var result = Reproductions.Get("mednet-table3").Run(Smoke(3));
        var back = RunRecord.FromJson(result.ToRunRecord().ToJson());

        Assert.Equal("mednet-table3", back.Id);
        Assert.Equal(3, back.Context.Seed);
        Assert.Equal(RunProfile.Smoke, back.Context.Profile);
        Assert.Equal("test-commit", back.Context.Commit);
        Assert.Equal(64, result.DataFingerprint.Length);
        Assert.Equal(result.DataFingerprint, back.DataFingerprint);
        Assert.Equal("mba", Path.GetFileName(back.DataFolder));
        Assert.True(Directory.Exists(back.DataFolder), back.DataFolder);
        Assert.Equal(result.WallSeconds, back.WallSeconds);
        Assert.True(back.WallSeconds > 0);
        var epoch = Assert.Single(back.Epochs);
        Assert.Equal((result.Epochs[0].Loss, 5e-3, "mednet"), (epoch.Loss, epoch.LearningRate, epoch.Model));
        Assert.Equal(result.Metrics, back.Metrics);
        var setup = Assert.Single(back.Models);
        Assert.Equal(("mednet", "DtaadMinMax", 10), (setup.Model, setup.Normalisation, setup.WindowLength));
        var architecture = (System.Text.Json.JsonElement)setup.Architecture;
        Assert.Equal(0.4, architecture.GetProperty("fusion_weights").GetProperty("item2").GetDouble());
        Assert.Equal((1, 5e-3), (setup.Training.Epochs, setup.Training.Optimizer.LearningRate));
        Assert.Equal(new StepSchedule(10, 0.9), setup.Training.Schedule);
    }

    [Fact]
    public void MedNetConfig_DefaultNormalisation_IsDtaadMinMaxAsTheAuthorsCode()
    {
        // D-MN-03: the Linear + Sigmoid heads cannot fit negative z-scored targets; the code that produced Tables 2–3 uses min-max.
        Assert.Equal(Normalisation.DtaadMinMax, MedNetTraining.Normalisation);
        Assert.Equal(Normalisation.DtaadMinMax, ForecastRecipe.MedNet(RunProfile.Paper).Normalisation);
    }
}
