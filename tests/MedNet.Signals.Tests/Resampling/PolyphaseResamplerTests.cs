using MedNet.Signals.Resampling;

namespace MedNet.Signals.Tests.Resampling;

public class PolyphaseResamplerTests
{
    /// <summary>Kaiser β = 8.6, 16 zero crossings: passband ripple well under 1e-3; 2e-3 leaves float32 rounding room.</summary>
    private const double AmplitudeTolerance = 2e-3;

    /// <summary>Samples ignored at each end, where the edge extension differs from the true continuation.</summary>
    private const int EdgeMargin = 60;

    private static float[] Sine(double fs, double hz, int n, double amplitude = 1.0, double phase = 0.3) =>
        Enumerable.Range(0, n).Select(t => (float)(amplitude * Math.Sin((2 * Math.PI * hz * t / fs) + phase))).ToArray();

    [Theory]
    [InlineData(128, 360, 5.0)]
    [InlineData(300, 360, 12.0)]
    [InlineData(500, 360, 40.0)]
    [InlineData(100, 360, 8.0)]
    public void Resample_Sinusoid_KeepsFrequencyAndAmplitude(int fin, int fout, double hz)
    {
        const double Amplitude = 1.7;
        var x = Sine(fin, hz, fin * 4, Amplitude);
        var r = new PolyphaseResampler(fin, fout);
        var y = r.Resample(x);
        Assert.Equal((int)Math.Ceiling(x.Length * (double)fout / fin), y.Length);
        var expected = Sine(fout, hz, y.Length, Amplitude);
        double maxErr = 0;
        for (int n = EdgeMargin; n < y.Length - EdgeMargin; n++)
        {
            maxErr = Math.Max(maxErr, Math.Abs(y[n] - expected[n]));
        }

        Assert.True(maxErr < AmplitudeTolerance * Amplitude, $"max error {maxErr}");
    }

    [Fact]
    public void Resample_ToneAboveNewNyquist_IsRemoved()
    {
        // 200 Hz at 500 Hz lies above 360 Hz's Nyquist (180 Hz) and must not alias into the output.
        var y = new PolyphaseResampler(500, 360).Resample(Sine(500, 200, 5000));
        double peak = y.Skip(EdgeMargin).Take(y.Length - (2 * EdgeMargin)).Max(v => Math.Abs(v));
        Assert.True(peak < 1e-3, $"alias amplitude {peak}");
    }

    [Fact]
    public void Resample_Constant_StaysConstantToTheEdges()
    {
        var y = new PolyphaseResampler(128, 360).Resample(Enumerable.Repeat(2.5f, 300).ToArray());
        Assert.All(y, v => Assert.Equal(2.5, v, 1e-5));
    }

    [Fact]
    public void Resample_SameRate_IsIdentity()
    {
        var x = Sine(360, 7, 500);
        var y = new PolyphaseResampler(360, 360).Resample(x);
        Assert.Equal(x.Length, y.Length);
        for (int i = 0; i < x.Length; i++)
        {
            Assert.Equal(x[i], y[i], 1e-5);
        }
    }

    [Fact]
    public void Factors_AreReduced()
    {
        var r = new PolyphaseResampler(500, 360);
        Assert.Equal((18, 25), (r.Up, r.Down));
    }

    [Fact]
    public void Constructor_FractionalRate_Throws() =>
        Assert.Throws<ArgumentException>(() => new PolyphaseResampler(128.5, 360));

    [Fact]
    public void Resample_WrongOutputLength_Throws() =>
        Assert.Throws<ArgumentException>(() => new PolyphaseResampler(128, 360).Resample(new float[10], new float[10]));
}
