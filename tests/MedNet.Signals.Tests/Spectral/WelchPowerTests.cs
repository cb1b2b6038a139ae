using MedNet.Signals.Spectral;

namespace MedNet.Signals.Tests.Spectral;

public class WelchPowerTests
{
    private static float[] Sine(double hz, double amplitude, double fs, int n)
    {
        var x = new float[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = (float)(amplitude * Math.Sin(2 * Math.PI * hz * i / fs));
        }

        return x;
    }

    [Fact]
    public void Band_SineInsideBand_GivesHalfTheSquaredAmplitude()
    {
        // A sine of amplitude A has mean square A²/2; the Hann window's leakage stays within a few bins of 60 Hz.
        var x = Sine(60, 2, 360, 36_000);
        Assert.Equal(2.0, WelchPower.Band(x, 360, 50, 150), 2);
    }

    [Fact]
    public void Band_SineOutsideBand_GivesAlmostNothing()
    {
        var x = Sine(10, 2, 360, 36_000);
        Assert.True(WelchPower.Band(x, 360, 50, 150) < 1e-4);
    }

    [Fact]
    public void Density_SumOverAllBins_EqualsTheVariance()
    {
        var random = new Random(3);
        var x = new float[8192];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = (float)(random.NextDouble() - 0.5);
        }

        var variance = x.Select(v => (double)v * v).Average() - Math.Pow(x.Select(v => (double)v).Average(), 2);
        Assert.Equal(variance, WelchPower.Band(x, 100, 0, 50, 256), 3);
    }

    [Fact]
    public void Density_SegmentNotAPowerOfTwo_ThrowsNamingTheArgument()
    {
        var ex = Assert.Throws<ArgumentException>(() => WelchPower.Density(new float[4096], 360, 1000));
        Assert.Equal("segmentLength", ex.ParamName);
    }
}
