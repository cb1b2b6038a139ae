// SPDX-License-Identifier: MIT
using MedNet.Signals.Datasets;
using MedNet.Signals.Detection;

namespace MedNet.Signals.Tests.Detection;

public class PanTompkins1985Tests
{
    /// <summary>The target for sensitivity and positive predictivity (issue 4, "Checks").</summary>
    private const double Target = 0.995;

    /// <summary>R-peak location error on a clean synthetic ECG: within 2 samples (5.6 ms at 360 Hz).</summary>
    private const int LocationTolerance = 2;

    [Fact]
    public void Detect_Record100_MeetsTargetAgainstReferenceBeats()
    {
        var r = QrsEvaluation.Evaluate(MitBih.Load(SharedData.Shipped("mitdb"), "100"));

        Assert.True(r.Match.Sensitivity >= Target, $"sensitivity {r.Match.Sensitivity:0.0000}");
        Assert.True(r.Match.PositivePredictivity >= Target, $"ppv {r.Match.PositivePredictivity:0.0000}");
    }

    [Fact]
    public void Detect_SyntheticBeatsWithTallTWaves_FindsEachRPeakOnce()
    {
        const double Fs = 360;
        var x = new float[(int)(30 * Fs)];
        var expected = new List<int>();
        for (var beat = (int)(0.5 * Fs); beat < x.Length - Fs; beat += (int)(0.8 * Fs))
        {
            expected.Add(beat);
            AddGaussian(x, beat, 0.012 * Fs, 1.5f);             // QRS: narrow, 1.5 mV
            AddGaussian(x, beat + (int)(0.28 * Fs), 0.05 * Fs, 0.6f); // T wave: wide, 0.6 mV, 280 ms later
        }

        var peaks = PanTompkins1985.Detect(x, Fs).RPeaks;

        Assert.Equal(expected.Count, peaks.Length);
        for (var i = 0; i < peaks.Length; i++)
        {
            Assert.InRange(peaks[i], expected[i] - LocationTolerance, expected[i] + LocationTolerance);
        }
    }

    [Fact]
    public void Detect_MissingBeatAmongLargeOnes_SearchBackFindsIt()
    {
        const double Fs = 360;
        var x = new float[(int)(20 * Fs)];
        var count = 0;
        for (var beat = (int)(0.5 * Fs); beat < x.Length - Fs; beat += (int)(0.8 * Fs), count++)
        {
            AddGaussian(x, beat, 0.012 * Fs, count == 15 ? 0.65f : 1.5f); // beat 15: MWI ≈ 0.19 of the others, below THRESHOLD I1 ≈ 0.25, above I2 ≈ 0.125
        }

        var peaks = PanTompkins1985.Detect(x, Fs).RPeaks;
        var withoutSearchBack = PanTompkins1985.Detect(x, Fs, PanTompkinsConfig.Paper with { SearchBackFactor = 100 }).RPeaks;

        Assert.Equal(count, peaks.Length);
        Assert.Equal(count - 1, withoutSearchBack.Length);
    }

    [Fact]
    public void Detect_InvalidConfig_ListsEveryProblem()
    {
        var bad = PanTompkinsConfig.Paper with { BandLowHz = 20, RefractorySeconds = 0, SearchBackFactor = 0.5 };

        var ex = Assert.Throws<ArgumentException>(() => PanTompkins1985.Detect(new float[720], 360, bad));

        Assert.Contains("BandLowHz", ex.Message);
        Assert.Contains("RefractorySeconds", ex.Message);
        Assert.Contains("SearchBackFactor", ex.Message);
    }

    [SharedDataFact("mitdb")]
    public void Detect_All48Records_MeetsOverallTarget()
    {
        var folder = SharedData.Find("mitdb")!;
        var total = new QrsMatch(0, 0, 0, 0, 0);
        foreach (var name in MitBih.Records)
        {
            total = total.Add(QrsEvaluation.Evaluate(MitBih.Load(folder, name)).Match);
        }

        Assert.Equal(109_494, total.Reference);
        Assert.True(total.Sensitivity >= Target, $"overall sensitivity {total.Sensitivity:0.0000}");
        Assert.True(total.PositivePredictivity >= Target, $"overall ppv {total.PositivePredictivity:0.0000}");
    }

    [SharedDataFact("mitdb")]
    public void Evaluate_Record207ExcludingFlutter_DropsTheFlutterWaveDetections()
    {
        var folder = SharedData.Find("mitdb")!;

        var whole = QrsEvaluation.Evaluate(MitBih.Load(folder, "207")).Match;
        var ec57 = QrsEvaluation.Evaluate(MitBih.Load(folder, "207"), excludeVentricularFlutter: true).Match;

        Assert.Equal(whole.Reference, ec57.Reference); // no reference beat lies inside the [ … ] episodes
        Assert.True(whole.FalsePositives > 300, $"whole-record FP {whole.FalsePositives}: flutter waves are detected");
        Assert.True(ec57.FalsePositives < 10, $"EC57 FP {ec57.FalsePositives}");
    }

    private static void AddGaussian(float[] x, int centre, double sigma, float amplitude)
    {
        var reach = (int)(5 * sigma);
        for (var i = Math.Max(0, centre - reach); i <= Math.Min(x.Length - 1, centre + reach); i++)
        {
            var t = (i - centre) / sigma;
            x[i] += amplitude * (float)Math.Exp(-0.5 * t * t);
        }
    }
}
