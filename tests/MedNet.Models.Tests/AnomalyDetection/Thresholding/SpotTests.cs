using MedNet.Models.AnomalyDetection.Thresholding;

namespace MedNet.Models.Tests.AnomalyDetection.Thresholding;

public class GrimshawTests
{
    /// <summary>Statistical tolerance for MLE from 20,000 draws (standard error of γ̂ ≈ 0.01).</summary>
    private const double ShapeTolerance = 0.05;

    private static double[] SampleGpd(double gamma, double sigma, int n, int seed)
    {
        var rng = new Random(seed);
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var u = 1 - rng.NextDouble();
            y[i] = gamma == 0 ? -sigma * Math.Log(u) : sigma / gamma * (Math.Pow(u, -gamma) - 1);
        }

        return y;
    }

    [Theory]
    [InlineData(-0.2, 1.0)]
    [InlineData(-0.5, 3.0)]
    public void Fit_GpdSampleWithNegativeShape_RecoversShapeAndScale(double gamma, double sigma)
    {
        var fit = Grimshaw.Fit(SampleGpd(gamma, sigma, 20_000, 7), GpdZeroShapeLikelihood.Exact);
        Assert.InRange(fit.Gamma, gamma - ShapeTolerance, gamma + ShapeTolerance);
        Assert.InRange(fit.Sigma, sigma * 0.95, sigma * 1.05);
    }

    [Fact]
    public void Fit_PositiveShapeSample_ReferenceIntervalsMissTheRootAndFallBackToExponential()
    {
        // The reference code searches positive roots only in (2(Ȳ−Ym)/(Ȳ·Ym), 2(Ȳ−Ym)/Ym²); with a small Ym the
        // true root γ/σ = 0.15 lies far below that interval, so the fit is the γ = 0 (exponential) candidate.
        var y = SampleGpd(0.3, 2.0, 20_000, 7);
        var fit = Grimshaw.Fit(y, GpdZeroShapeLikelihood.Exact);
        Assert.Equal(0, fit.Gamma);
        Assert.Equal(y.Average(), fit.Sigma, 9);
    }

    [Fact]
    public void Fit_NonPositivePeak_ThrowsNamingIndex()
    {
        var ex = Assert.Throws<ArgumentException>(() => Grimshaw.Fit([1.0, 0.0]));
        Assert.Contains("peaks[1]", ex.Message);
    }
}

public class SpotTests
{
    [Fact]
    public void Initialize_ExponentialData_ExtremeQuantileNearTrueQuantile()
    {
        // For Exp(1), P(X > z) = q at z = −ln q; q = 1e-3 ⇒ z ≈ 6.91.
        var rng = new Random(3);
        var x = new double[50_000];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = -Math.Log(1 - rng.NextDouble());
        }

        var spot = new Spot(1e-3, GpdZeroShapeLikelihood.Exact);
        Assert.True(spot.Initialize(x, 0.98));
        Assert.Equal(-Math.Log(0.02), spot.InitialThreshold, 1);
        Assert.InRange(spot.ExtremeQuantile, 6.91 * 0.9, 6.91 * 1.1);
    }

    [Fact]
    public void Initialize_ConstantBatch_ReturnsFalse()
    {
        Assert.False(new Spot(1e-5).Initialize([1.0, 1.0, 1.0, 1.0], 0.5));
    }

    [Fact]
    public void Run_NotDynamic_SwitchesToInitialThresholdAfterFirstExcess()
    {
        var rng = new Random(5);
        var init = new double[2000];
        for (var i = 0; i < init.Length; i++)
        {
            init[i] = rng.NextDouble();
        }

        var spot = new Spot(1e-3);
        Assert.True(spot.Initialize(init, 0.9));
        var z = spot.ExtremeQuantile;
        var t = spot.InitialThreshold;
        var (th, alarms) = spot.Run([0.1, 0.2, 0.95, 0.1], dynamic: false);
        Assert.Equal([z, z, t, t], th);
        Assert.Equal([2], alarms);
    }
}

public class PeaksOverThresholdTests
{
    [Fact]
    public void Evaluate_SeparatedAnomalies_FindsThemWithHighF1()
    {
        var rng = new Random(11);
        var train = new double[4000];
        for (var i = 0; i < train.Length; i++)
        {
            train[i] = 0.01 * rng.NextDouble();
        }

        var test = new double[1000];
        var labels = new double[1000];
        for (var i = 0; i < test.Length; i++)
        {
            test[i] = 0.01 * rng.NextDouble();
            if (i % 200 is >= 100 and < 110)
            {
                labels[i] = 1;
                if (i % 200 == 105)
                {
                    test[i] = 1.0; // one clear spike per labelled segment
                }
            }
        }

        var result = PeaksOverThreshold.Evaluate(train, test, labels, PotParameters.Mba);
        Assert.Equal(50, result.Adjusted.Counts.TruePositives);
        Assert.Equal(1.0, result.Adjusted.Recall);
        Assert.InRange(result.Raw.Counts.TruePositives, 5, 49);
        Assert.True(result.Adjusted.F1 > result.Raw.F1);
        // Only 1 of 10 labelled points stands out, so the score ROC-AUC is modest while the binary,
        // point-adjusted AUC that DTAAD reports is near 1.
        Assert.True(result.Adjusted.ScoreRocAuc < 0.7);
        Assert.True(result.Adjusted.BinaryRocAuc > 0.9);
    }

    [Fact]
    public void Evaluate_LabelLengthMismatch_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            PeaksOverThreshold.Evaluate([0.1, 0.2, 0.3], [0.1, 0.2], [0.0], PotParameters.Mba));
        Assert.Contains("2 scores and 1 labels", ex.Message);
    }

    [Fact]
    public void Evaluate_ConstantTrainingScores_ThrowsClearError()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            PeaksOverThreshold.Evaluate([0.5, 0.5, 0.5], [0.1], [0.0], PotParameters.Mba));
        Assert.Contains("constant", ex.Message);
    }

    [Fact]
    public void ForDtaadDataset_UnknownName_ListsNames()
    {
        var ex = Assert.Throws<ArgumentException>(() => PotParameters.ForDtaadDataset("ECG"));
        Assert.Contains("MBA", ex.Message);
        Assert.Equal(PotParameters.Mba, PotParameters.ForDtaadDataset("mba"));
    }

    [Fact]
    public void ForDtaadDataset_EcgData_IsTheForksLevels()
    {
        Assert.Equal(PotParameters.EcgData, PotParameters.ForDtaadDataset("ecg_data"));
        Assert.Equal(0.98, PotParameters.EcgData.InitialLevel);
        Assert.Equal(1.0, PotParameters.EcgData.ThresholdScale);
    }
}
