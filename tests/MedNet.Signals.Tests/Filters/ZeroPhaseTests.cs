// SPDX-License-Identifier: MIT
using MedNet.Signals.Filters;

namespace MedNet.Signals.Tests.Filters;

public class ZeroPhaseTests
{
    /// <summary>Phase in radians of a float32 sinusoid measured by projection over 50 periods: about 1e-4.</summary>
    private const double PhaseTolerance = 2e-3;

    [Theory]
    [InlineData(2.0)]
    [InlineData(10.0)]
    [InlineData(40.0)]
    public void Filter_Sinusoid_HasNoLagAndMagnitudeSquared(double frequency)
    {
        const double Fs = 360;
        var f = Butterworth.BandPass(2, 0.5, 40, Fs);
        var x = SignalProbe.Sine(36_000, frequency, Fs, 1, 0.3);
        var y = new float[x.Length];

        ZeroPhase.Filter(f, x, y);

        var (ax, px) = SignalProbe.Component(x, frequency, Fs, 9_000, 27_000);
        var (ay, py) = SignalProbe.Component(y, frequency, Fs, 9_000, 27_000);
        var h = f.Response(frequency, Fs).Magnitude;
        Assert.Equal(h * h, ay / ax, FilterTolerances.MeasuredAmplitude);
        Assert.Equal(px, py, PhaseTolerance);
    }

    [Fact]
    public void Filter_Impulse_ResponseIsSymmetric()
    {
        var f = Butterworth.LowPass(4, 20, 360);
        var x = new float[2001];
        x[1000] = 1;
        var y = new float[x.Length];

        ZeroPhase.Filter(f, x, y);

        for (var k = 1; k < 300; k++)
        {
            Assert.Equal(y[1000 - k], y[1000 + k], 1e-6f);
        }

        Assert.Equal(1000, Array.IndexOf(y, y.Max()));
    }

    [Fact]
    public void PadLength_MatchesScipyDefault()
    {
        Assert.Equal(15, ZeroPhase.PadLength(Butterworth.BandPass(2, 0.5, 40, 360))); // 3 × (2·2 + 1)
        Assert.Equal(12, ZeroPhase.PadLength(Butterworth.LowPass(3, 40, 360))); // 3 × (2·2 + 1 − 1 first-order section)
    }

    [Fact]
    public void Filter_ConstantThroughLowPass_StaysConstantAtEdges()
    {
        var x = Enumerable.Repeat(2.5f, 200).ToArray();
        var y = new float[200];

        ZeroPhase.Filter(Butterworth.LowPass(4, 10, 360), x, y);

        Assert.All(y, v => Assert.Equal(2.5f, v, 1e-5f));
    }

    [Fact]
    public void Filter_TooShort_ThrowsNamingPadlen()
    {
        var ex = Assert.Throws<ArgumentException>(() => ZeroPhase.Filter(Butterworth.LowPass(4, 10, 360), new float[10], new float[10]));

        Assert.Contains("padlen = 15", ex.Message);
    }
}
