// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.Thresholding;
using MedNet.Models.AnomalyDetection.Training;
using MedNet.Models.Data;
using MedNet.Signals.Datasets;
using MedNet.Signals.Preprocessing;
using MedNet.Signals.Splits;
using MedNet.Signals.Tabular;
using MedNet.Signals.Windowing;
using MedNet.Tensors;
using Xunit;

namespace MedNet.Models.Tests.AnomalyDetection.Training;

public class DtaadExperimentTests
{
    /// <summary>Rows of the shipped MBA file used (4 batches of 128): enough for POT's calibration, quick to train.</summary>
    private const int Rows = 512;

    private static (TimeSeriesTable Data, TimeSeriesTable Labels) MbaSlice()
    {
        var mba = MbaDataset.Load(SharedData.Shipped("mba"));
        var split = ChronologicalSplit.Split(mba, 1 - ((double)Rows / mba.Test.Rows));   // the last Rows rows as test
        var data = ChannelNormaliser.Fit(split.Test, Normalisation.DtaadMinMax).Transform(split.Test);
        return (data, split.Labels!);
    }

    [Fact]
    public void Run_SameSeed_RepeatsAndMatchesTheStepByStepPath()
    {
        var (data, labels) = MbaSlice();
        var settings = DtaadTraining.Reference with { Epochs = 1 };

        var a = DtaadExperiment.Run(data, data, labels, DtaadConfig.Reference, settings, seed: 3, PotParameters.Mba);
        var b = DtaadExperiment.Run(data, data, labels, DtaadConfig.Reference, settings, seed: 3, PotParameters.Mba);

        var windows = WindowTensors.ChannelFirst(WindowCutter.Cut(data, WindowSpec.Dtaad(DtaadTraining.WindowLength)));
        torch.manual_seed(3);
        var model = new DtaadModel(2, DtaadTraining.WindowLength, DtaadConfig.Reference);
        var logs = DualForecastTrainer.Train(model, windows, settings, DtaadTraining.Loss);

        Assert.Equal(a.Logs[0].Loss, b.Logs[0].Loss);
        Assert.Equal(a.Pot.AdjustedAverage.F1, b.Pot.AdjustedAverage.F1);
        Assert.Equal(logs[0].Loss, a.Logs[0].Loss);
        Assert.Single(a.Logs);
    }

    [Fact]
    public void Run_LabelsOfAnotherShape_NamesBothShapes()
    {
        var (data, _) = MbaSlice();
        var wrong = new TimeSeriesTable(new double[Rows], Rows, ["any"]);

        var ex = Assert.Throws<ArgumentException>(() => DtaadExperiment.Run(data, data, wrong, DtaadConfig.Reference, DtaadTraining.Reference with { Epochs = 1 }, 0, PotParameters.Mba));

        Assert.Contains($"labels ({Rows}, 1)", ex.Message);
    }
}
