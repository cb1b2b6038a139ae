using MedNet.Models.AnomalyDetection.Thresholding;

namespace MedNet.Models.Tests.AnomalyDetection.Thresholding;

public class FixedThresholdTests
{
    [Fact]
    public void Evaluate_HandCase_RawAndAdjustedCounts()
    {
        double[] score = [0.1, 0.9, 0.2, 0.8, 0.3];
        double[] labels = [0, 1, 1, 0, 0];

        var r = FixedThreshold.Evaluate(score, labels, 0.5);

        Assert.Equal((1L, 1L, 1L), (r.Raw.Counts.TruePositives, r.Raw.Counts.FalsePositives, r.Raw.Counts.FalseNegatives));
        Assert.Equal(2L, r.Adjusted.Counts.TruePositives);  // the anomaly run [1, 2] is detected at 1, so 2 is credited too
        Assert.Equal(0.5, r.Threshold);
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.5, 2.5)]
    [InlineData(0.9, 3.7)]
    [InlineData(1.0, 4.0)]
    public void FromQuantile_LinearInterpolation_AsNumpy(double q, double expected)
    {
        Assert.Equal(expected, FixedThreshold.FromQuantile([4.0, 1.0, 3.0, 2.0], q), 12);
    }

    [Fact]
    public void BestF1_Raw_EqualsBruteForceOverEveryCandidate()
    {
        var rng = new Random(3);
        var score = new double[300];
        var labels = new double[300];
        for (var i = 0; i < score.Length; i++)
        {
            labels[i] = rng.NextDouble() < 0.2 ? 1 : 0;
            score[i] = Math.Round(rng.NextDouble() + (labels[i] * 0.6), 2); // rounding makes ties
        }

        var (threshold, f1) = FixedThreshold.BestF1(score, labels);

        var brute = score.Distinct().Append(score.Min() - 1).Max(t => FixedThreshold.Evaluate(score, labels, t).Raw.F1);
        Assert.Equal(brute, f1, 12);
        Assert.Equal(f1, FixedThreshold.Evaluate(score, labels, threshold).Raw.F1, 12);
    }

    [Fact]
    public void BestF1_PointAdjusted_IsAtLeastTheRawBest()
    {
        double[] score = [0.1, 0.2, 0.9, 0.3, 0.2, 0.1, 0.15];
        double[] labels = [0, 1, 1, 1, 1, 0, 0];

        var raw = FixedThreshold.BestF1(score, labels);
        var adjusted = FixedThreshold.BestF1(score, labels, pointAdjusted: true);

        Assert.True(adjusted.F1 >= raw.F1);
        Assert.Equal(1.0, adjusted.F1);  // flag only 0.9 and point adjustment credits the whole run
    }

    [Fact]
    public void BestF1_NoAnomalousLabel_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => FixedThreshold.BestF1([0.1, 0.2], [0, 0]));
        Assert.Contains("no", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Evaluate_NaNScore_NamesTheIndex()
    {
        var e = Assert.Throws<ArgumentException>(() => FixedThreshold.Evaluate([0.1, double.NaN], [0, 1], 0.5));
        Assert.Contains("index 1", e.Message);
    }
}
