// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Cae;
using MedNet.Models.Tests.AnomalyDetection.Training;
using MedNet.Models.Training;
using MedNet.Tensors;
using Xunit;

namespace MedNet.Models.Tests.AnomalyDetection.Cae;

public class CaeTrainerTests
{
    /// <summary>A quick CAE for MBA slices: the reference's layer kinds with 16-sample windows.</summary>
    private const int QuickWindow = 16;

    private static readonly TrainingOptions Quick = CaeTraining.Reference with { BatchSize = 32, Epochs = 1 };

    [Fact]
    public void Train_MbaSlice_LossDecreasesOverEpochs()
    {
        var windows = DualForecastTrainerTests.MbaSliceWindows(512, QuickWindow);
        torch.manual_seed(0);
        var model = new CaeModel(2, QuickWindow, CaeConfig.Reference);
        var logs = CaeTrainer.Train(model, windows, Quick with { Epochs = 4 });

        Assert.Equal(4, logs.Count);
        Assert.True(logs[^1].Loss < logs[0].Loss, $"loss did not fall: {logs[0].Loss} → {logs[^1].Loss}");
        Assert.Equal(1e-3, logs[0].LearningRate, 12);
    }

    [Fact]
    public void Train_SameSeed_SameLossesAndScores()
    {
        var windows = DualForecastTrainerTests.MbaSliceWindows(128, QuickWindow);
        (IReadOnlyList<double> Losses, double[] Scores) Run()
        {
            torch.manual_seed(3);
            var model = new CaeModel(2, QuickWindow, CaeConfig.Reference);
            var logs = CaeTrainer.Train(model, windows, Quick with { Epochs = 2 });
            return (logs.Select(l => l.Loss).ToList(), CaeTrainer.Score(model, windows));
        }

        var a = Run();
        var b = Run();
        Assert.Equal(a.Losses, b.Losses);
        Assert.Equal(a.Scores, b.Scores);
    }

    [Fact]
    public void Train_PlateauWithZeroPatience_ReducesLearningRateToFloor()
    {
        var windows = DualForecastTrainerTests.MbaSliceWindows(64, QuickWindow);
        torch.manual_seed(0);
        var model = new CaeModel(2, QuickWindow, CaeConfig.Reference);

        // A learning rate this small cannot improve the loss by the relative threshold 1e-4, so every epoch is "bad".
        var settings = Quick with { Epochs = 4, Optimizer = Quick.Optimizer with { LearningRate = 1e-12 }, Schedule = new PlateauSchedule(0.5, 0, 4e-13) };
        var logs = CaeTrainer.Train(model, windows, settings);
        Assert.Equal([1e-12, 1e-12, 5e-13, 4e-13], logs.Select(l => l.LearningRate).ToArray());
    }

    [Theory]
    [InlineData(ReconstructionScore.LastElement)]
    [InlineData(ReconstructionScore.WindowMean)]
    public void Score_Windows_OneNonNegativeScorePerWindowAndChannel(ReconstructionScore reading)
    {
        var windows = DualForecastTrainerTests.MbaSliceWindows(100, QuickWindow);
        torch.manual_seed(0);
        var model = new CaeModel(2, QuickWindow, CaeConfig.Reference);
        var scores = CaeTrainer.Score(model, windows, reading, batchSize: 7);
        Assert.Equal(100 * 2, scores.Length);
        Assert.All(scores, s => Assert.True(s >= 0));
    }

    [Fact]
    public void Score_LastElement_EqualsSquaredErrorOfLastSample()
    {
        var windows = DualForecastTrainerTests.MbaSliceWindows(20, QuickWindow);
        torch.manual_seed(0);
        var model = new CaeModel(2, QuickWindow, CaeConfig.Reference);
        var scores = CaeTrainer.Score(model, windows);
        var recon = model.call(windows).ToArray();
        var x = windows.ToArray();
        var w = QuickWindow;
        for (var n = 0; n < 20; n++)
        {
            for (var c = 0; c < 2; c++)
            {
                var i = (((n * 2) + c) * w) + w - 1;
                var d = recon[i] - x[i];
                Assert.Equal(d * d, scores[(n * 2) + c], 1e-6);
            }
        }
    }

    [Fact]
    public void Score_NaNWindow_ThrowsNamingWindowAndChannel()
    {
        var values = new float[3 * 2 * 16];
        values[(2 * 2 * 16) + 5] = float.NaN;
        torch.manual_seed(0);
        var model = new CaeModel(2, QuickWindow, CaeConfig.Reference);
        var e = Assert.Throws<InvalidOperationException>(() => CaeTrainer.Score(model, torch.tensor(values, [3, 2, 16])));
        Assert.Contains("window 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_WrongWindowShape_ThrowsNamingShape()
    {
        torch.manual_seed(0);
        var model = new CaeModel(2, QuickWindow, CaeConfig.Reference);
        var e = Assert.Throws<ArgumentException>(() => CaeTrainer.Train(model, torch.rand(4, 3, 16), Quick));
        Assert.Contains("(B, 2, 16)", e.Message, StringComparison.Ordinal);
    }
}
