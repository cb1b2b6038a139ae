// SPDX-License-Identifier: MIT
using MedNet.Signals.Filters;

namespace MedNet.Signals.Tests.Filters;

public class ButterworthTests
{
    private static readonly double HalfPower = 1 / Math.Sqrt(2);

    [Theory]
    [InlineData(1, 40.0, 360.0)]
    [InlineData(2, 15.0, 360.0)]
    [InlineData(5, 150.0, 500.0)]
    public void LowPass_AnyOrder_IsMinus3DbAtCutoffAndUnityAtDc(int order, double fc, double fs)
    {
        var f = Butterworth.LowPass(order, fc, fs);

        Assert.Equal((order + 1) / 2, f.Count);
        Assert.Equal(HalfPower, f.Response(fc, fs).Magnitude, FilterTolerances.Analytic);
        Assert.Equal(1, f.Response(0, fs).Magnitude, FilterTolerances.Analytic);
        Assert.Equal(0, f.Response(fs / 2, fs).Magnitude, FilterTolerances.Analytic);
    }

    [Theory]
    [InlineData(1, 0.5, 360.0)]
    [InlineData(4, 5.0, 128.0)]
    public void HighPass_AnyOrder_IsMinus3DbAtCutoffAndUnityAtNyquist(int order, double fc, double fs)
    {
        var f = Butterworth.HighPass(order, fc, fs);

        Assert.Equal(HalfPower, f.Response(fc, fs).Magnitude, FilterTolerances.Analytic);
        Assert.Equal(1, f.Response(fs / 2, fs).Magnitude, FilterTolerances.Analytic);
        Assert.Equal(0, f.Response(0, fs).Magnitude, FilterTolerances.Analytic);
    }

    [Theory]
    [InlineData(1, 5.0, 15.0, 360.0)]
    [InlineData(2, 0.5, 150.0, 360.0)]
    [InlineData(3, 0.5, 150.0, 500.0)]
    public void BandPass_AnyOrder_IsMinus3DbAtBothCutoffsAndUnityAtCentre(int order, double lo, double hi, double fs)
    {
        var f = Butterworth.BandPass(order, lo, hi, fs);
        var centre = fs / Math.PI * Math.Atan(Math.Sqrt(Math.Tan(Math.PI * lo / fs) * Math.Tan(Math.PI * hi / fs))); // geometric centre, pre-warped

        Assert.Equal(order, f.Count);
        Assert.Equal(HalfPower, f.Response(lo, fs).Magnitude, FilterTolerances.Analytic);
        Assert.Equal(HalfPower, f.Response(hi, fs).Magnitude, FilterTolerances.Analytic);
        Assert.Equal(1, f.Response(centre, fs).Magnitude, FilterTolerances.Analytic);
    }

    [Fact]
    public void LowPass_Order1_MatchesClosedForm()
    {
        // First-order bilinear Butterworth: b = t/(1+t)·(1, 1), a1 = (t−1)/(t+1), t = tan(π fc / fs).
        var t = Math.Tan(Math.PI * 40 / 360);

        var c = Butterworth.LowPass(1, 40, 360).ToArray();

        Assert.Equal([t / (1 + t), t / (1 + t), 0, 1, (t - 1) / (t + 1), 0], c, (x, y) => Math.Abs(x - y) < FilterTolerances.Analytic);
    }

    [Fact]
    public void BandPass_MeasuredOnSinusoidAtCutoff_IsMinus3Db()
    {
        const double Fs = 360, Hi = 40;
        var f = Butterworth.BandPass(2, 1, Hi, Fs);
        var x = SignalProbe.Sine(36_000, Hi, Fs);
        var state = new double[2 * f.Count];
        var y = Array.ConvertAll(x, v => (double)v);

        f.FilterInPlace(y, state);

        var yf = Array.ConvertAll(y, v => (float)v);
        var (amp, _) = SignalProbe.Component(yf, Hi, Fs, 18_000, 36_000); // transient gone after 18,000 samples
        Assert.Equal(-3.0103, 20 * Math.Log10(amp), FilterTolerances.MeasuredDecibels);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void LowPass_BadOrder_Throws(int order) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Butterworth.LowPass(order, 10, 100));

    [Fact]
    public void LowPass_CutoffAtNyquist_ThrowsNamingNyquist()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Butterworth.LowPass(2, 150, 300));

        Assert.Contains("fs/2 = 150", ex.Message);
    }
}
