using MedNet.Models.AnomalyDetection.Thresholding;

namespace MedNet.Models.Tests.AnomalyDetection.Thresholding;

public class MultichannelPotTests
{
    private static (double[] Train, double[] Test, double[] Labels) TwoChannels(int seed)
    {
        var rng = new Random(seed);
        const int t = 2000;
        var train = new double[t * 2];
        var test = new double[t * 2];
        var labels = new double[t * 2];
        for (var i = 0; i < t; i++)
        {
            for (var c = 0; c < 2; c++)
            {
                train[(i * 2) + c] = 0.01 * rng.NextDouble();
                test[(i * 2) + c] = 0.01 * rng.NextDouble();
                var anomalous = i % 400 is >= 200 and < 220;
                labels[(i * 2) + c] = anomalous ? 1 : 0;
                if (anomalous && i % 400 == 210 && c == 0)
                {
                    test[(i * 2) + c] = 1; // only channel 0 sees the spike
                }
            }
        }

        return (train, test, labels);
    }

    [Fact]
    public void Evaluate_AverageEqualsMeanOfChannels()
    {
        var (train, test, labels) = TwoChannels(1);
        var r = MultichannelPot.Evaluate(train, test, labels, 2, PotParameters.Mba);
        Assert.Equal(2, r.PerChannel.Length);
        Assert.Equal((r.PerChannel[0].Adjusted.F1 + r.PerChannel[1].Adjusted.F1) / 2, r.AdjustedAverage.F1, 12);
        Assert.Equal((r.PerChannel[0].Adjusted.Counts.TruePositives + r.PerChannel[1].Adjusted.Counts.TruePositives) / 2.0,
            r.AdjustedAverage.TruePositives, 12);
        Assert.Equal(1.0, r.PerChannel[0].Adjusted.Recall);
        Assert.Equal(2000, r.Combined.Adjusted.Counts.Total);
    }

    [Fact]
    public void Evaluate_LabelsOfWrongShape_ThrowsWithShape()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            MultichannelPot.Evaluate(new double[8], new double[8], new double[6], 2, PotParameters.Mba));
        Assert.Contains("(4, 2)", ex.Message);
    }

    [Fact]
    public void Evaluate_LengthNotMultipleOfChannels_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            MultichannelPot.Evaluate(new double[7], new double[8], new double[8], 2, PotParameters.Mba));
        Assert.Contains("trainScores has 7 values", ex.Message);
    }
}
