// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Thresholding;

namespace MedNet.Models.Tests.AnomalyDetection.Thresholding;

/// <summary>Bad input to DTAAD's POT evaluation: every case is a named error, never a silent NaN or a wrong metric.</summary>
public class MultichannelPotBadInputTests
{
    [Fact]
    public void Evaluate_LabelsWithOneColumnForTwoChannels_ThrowsGivingBothShapesAndHint()
    {
        // Test scores (4, 2); labels (4, 1): one label per row instead of one per row and channel.
        var ex = Assert.Throws<ArgumentException>(() =>
            MultichannelPot.Evaluate(Noise(16, 2), Noise(4, 2), new double[4], 2, PotParameters.Mba));
        Assert.Contains("expected labels of shape (4, 2)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("got 4 values = (2, 2)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("repeat a single label column", ex.Message, StringComparison.Ordinal);
        Assert.Equal("labels", ex.ParamName);
    }

    [Fact]
    public void Evaluate_LabelsNotAMultipleOfChannels_ThrowsSayingSo()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            MultichannelPot.Evaluate(Noise(16, 2), Noise(4, 2), new double[5], 2, PotParameters.Mba));
        Assert.Contains("5 values, not a multiple of C = 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_LabelsWithExtraRows_ThrowsGivingRowsAndChannels()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            MultichannelPot.Evaluate(Noise(16, 2), Noise(4, 2), new double[10], 2, PotParameters.Mba));
        Assert.Contains("got 10 values = (5, 2)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NaNTestScore_ThrowsNamingRowAndChannel()
    {
        var test = Noise(4, 2);
        test[5] = double.NaN;
        var ex = Assert.Throws<ArgumentException>(() =>
            MultichannelPot.Evaluate(Noise(16, 2), test, new double[8], 2, PotParameters.Mba));
        Assert.Contains("testScores holds NaN at row 2, channel 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NaNLabel_ThrowsInsteadOfCountingItNormal()
    {
        var labels = new double[8];
        labels[2] = double.NaN;
        var ex = Assert.Throws<ArgumentException>(() =>
            MultichannelPot.Evaluate(Noise(16, 2), Noise(4, 2), labels, 2, PotParameters.Mba));
        Assert.Contains("labels holds NaN at row 1, channel 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InfiniteCalibrationScore_ThrowsNamingMatrix()
    {
        var train = Noise(16, 2);
        train[3] = double.PositiveInfinity;
        var ex = Assert.Throws<ArgumentException>(() =>
            MultichannelPot.Evaluate(train, Noise(4, 2), new double[8], 2, PotParameters.Mba));
        Assert.Contains("trainScores holds", ex.Message, StringComparison.Ordinal);
        Assert.Contains("at row 1, channel 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PeaksOverThreshold_LabelCountDiffers_ThrowsWithBothCounts()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            PeaksOverThreshold.Evaluate(Noise(16, 1), Noise(8, 1), new double[7], PotParameters.Mba));
        Assert.Contains("8 scores and 7 labels", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PeaksOverThreshold_NoCalibrationScores_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            PeaksOverThreshold.Evaluate([], Noise(8, 1), new double[8], PotParameters.Mba));
        Assert.Equal("initScore", ex.ParamName);
    }

    [Fact]
    public void PeaksOverThreshold_NaNLabel_ThrowsNamingIndex()
    {
        var labels = new double[8];
        labels[6] = double.NaN;
        var ex = Assert.Throws<ArgumentException>(() =>
            PeaksOverThreshold.Evaluate(Noise(16, 1), Noise(8, 1), labels, PotParameters.Mba));
        Assert.Contains("labels[6] = NaN", ex.Message, StringComparison.Ordinal);
    }

    private static double[] Noise(int rows, int channels)
    {
        var rng = new Random(rows + channels);
        var m = new double[rows * channels];
        for (var i = 0; i < m.Length; i++)
        {
            m[i] = 0.01 * rng.NextDouble();
        }

        return m;
    }
}
