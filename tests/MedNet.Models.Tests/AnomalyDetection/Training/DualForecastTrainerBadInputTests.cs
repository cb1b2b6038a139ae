// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Cae;
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.Training;
using MedNet.Models.Data;
using MedNet.Signals.Preprocessing;
using MedNet.Signals.Tabular;
using MedNet.Signals.Windowing;
using MedNet.Tensors;
using Xunit;

namespace MedNet.Models.Tests.AnomalyDetection.Training;

/// <summary>Bad input on the way from a table to scores: short series, NaN in test data, empty window sets.</summary>
public class DualForecastTrainerBadInputTests
{
    private static TimeSeriesTable Ramp(int rows)
    {
        var v = new double[rows * 2];
        for (var i = 0; i < rows; i++)
        {
            v[2 * i] = 0.1 * i;
            v[(2 * i) + 1] = -0.2 * i;
        }

        return new TimeSeriesTable(v, rows, ["ECG1", "ECG2"]);
    }

    [Fact]
    public void ShortSeries_DtaadPadding_ScoresOneValuePerRowAndChannel()
    {
        var table = Ramp(5); // fewer rows than DTAAD's window of 10
        var scaled = ChannelNormaliser.Fit(table, Normalisation.DtaadMinMax).Transform(table);
        var windows = WindowTensors.ChannelFirst(WindowCutter.Cut(scaled, WindowSpec.Dtaad(10)));
        Assert.Equal([5L, 2, 10], windows.shape);

        torch.manual_seed(0);
        var dtaad = DualForecastTrainer.Score(new DtaadModel(2, DtaadTraining.WindowLength, DtaadConfig.Reference), windows);
        torch.manual_seed(0);
        var cae = CaeTrainer.Score(new CaeModel(2, 10, CaeConfig.Reference), windows);
        Assert.Equal(10, dtaad.Length);
        Assert.Equal(10, cae.Length);
    }

    [Fact]
    public void ToChannelFirst_NoWindows_ThrowsSayingTheSeriesIsTooShort()
    {
        var empty = new WindowTensor([], 0, 10, 2, [], [], 5);
        var ex = Assert.Throws<ArgumentException>(() => WindowTensors.ChannelFirst(empty));
        Assert.Contains("shorter than one window", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NaNInTestData_NormaliserThrowsNamingRowAndColumnBeforeAnyScore()
    {
        var train = Ramp(20);
        var values = (double[])Ramp(20).Values.Clone();
        values[(7 * 2) + 1] = double.NaN;
        var test = new TimeSeriesTable(values, 20, ["ECG1", "ECG2"]);
        var normaliser = ChannelNormaliser.Fit(train, Normalisation.DtaadMinMax);
        var ex = Assert.Throws<ArgumentException>(() => normaliser.Transform(test));
        Assert.Contains("row 7 (0-based), column 'ECG2'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NaNWindowReachingTheTrainer_ScoreThrowsNamingWindowAndChannel()
    {
        var data = new float[4 * 2 * 10];
        data[(1 * 20) + 10 + 9] = float.NaN; // window 1, channel 1, last sample
        torch.manual_seed(0);
        var ex = Assert.Throws<InvalidOperationException>(() =>
            DualForecastTrainer.Score(new DtaadModel(2, DtaadTraining.WindowLength, DtaadConfig.Reference), torch.tensor(data, [4, 2, 10])));
        Assert.Contains("window 1", ex.Message, StringComparison.Ordinal);
    }
}
