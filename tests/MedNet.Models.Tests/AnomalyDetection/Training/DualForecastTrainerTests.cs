// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.Training;
using MedNet.Models.Data;
using MedNet.Models.Training;
using MedNet.Signals.Datasets;
using MedNet.Signals.Preprocessing;
using MedNet.Signals.Tabular;
using MedNet.Signals.Windowing;
using MedNet.Tensors;
using Xunit;

namespace MedNet.Models.Tests.AnomalyDetection.Training;

public class DualForecastTrainerTests
{
    /// <summary>Rows of the shipped MBA training file used for the quick training test (8 batches of 128).</summary>
    private const int SliceRows = 1024;

    /// <summary>GEMM blocking depends on the batch size, so float32 sums differ in the last bits (scores are ~1e-3).</summary>
    private const double BatchBlockingTolerance = 1e-7;

    internal static Tensor MbaSliceWindows(int rows, int window = 10)
    {
        var mba = MbaDataset.Load(SharedData.Shipped("mba"));
        var values = new double[rows * mba.Train.Columns];
        Array.Copy(mba.Train.Values, values, values.Length);
        var slice = new TimeSeriesTable(values, rows, mba.Train.ColumnNames);
        var normalised = ChannelNormaliser.Fit(slice, Normalisation.DtaadMinMax).Transform(slice);
        return WindowTensors.ChannelFirst(WindowCutter.Cut(normalised, WindowSpec.Dtaad(window)));
    }

    [Fact]
    public void Train_MbaSlice_LossDecreasesOverEpochs()
    {
        var windows = MbaSliceWindows(SliceRows);
        torch.manual_seed(0);
        var model = new DtaadModel(2, DtaadTraining.WindowLength, DtaadConfig.Reference);
        var logs = DualForecastTrainer.Train(model, windows, DtaadTraining.Reference with { Epochs = 4 }, DtaadTraining.Loss);

        Assert.Equal(4, logs.Count);
        Assert.True(logs[^1].Loss < logs[0].Loss, $"loss did not fall: {logs[0].Loss} → {logs[^1].Loss}");
        Assert.Equal(1e-3, logs[0].LearningRate, 12);
    }

    [Fact]
    public void Train_StepLr_DecaysAfterStepSizeEpochs()
    {
        var windows = MbaSliceWindows(256);
        torch.manual_seed(0);
        var model = new DtaadModel(2, DtaadTraining.WindowLength, DtaadConfig.Reference);
        var logs = DualForecastTrainer.Train(model, windows, DtaadTraining.Reference with { Epochs = 3, Schedule = new StepSchedule(2, 0.5) }, DtaadTraining.Loss);
        Assert.Equal([1e-3, 1e-3, 5e-4], [logs[0].LearningRate, logs[1].LearningRate, logs[2].LearningRate]);
    }

    [Fact]
    public void Score_Windows_OneNonNegativeScorePerWindowAndChannel()
    {
        var windows = MbaSliceWindows(300);
        torch.manual_seed(0);
        var model = new DtaadModel(2, DtaadTraining.WindowLength, DtaadConfig.Reference);
        var scores = DualForecastTrainer.Score(model, windows, batchSize: 7);
        Assert.Equal(300 * 2, scores.Length);
        Assert.All(scores, s => Assert.True(s >= 0));
        var whole = DualForecastTrainer.Score(model, windows);
        for (var i = 0; i < scores.Length; i++)
        {
            Assert.Equal(whole[i], scores[i], BatchBlockingTolerance);
        }
    }

    [Fact]
    public void Score_NaNInTestWindows_ThrowsNamingWindowAndChannel()
    {
        var data = new float[3 * 2 * 10];
        data[(1 * 20) + 19] = float.NaN;
        torch.manual_seed(0);
        var model = new DtaadModel(2, DtaadTraining.WindowLength, DtaadConfig.Reference);
        var e = Assert.Throws<InvalidOperationException>(() => DualForecastTrainer.Score(model, torch.tensor(data, [3, 2, 10])));
        Assert.Contains("window 1", e.Message, StringComparison.Ordinal);
    }
}
