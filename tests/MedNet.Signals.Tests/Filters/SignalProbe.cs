// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Tests.Filters;

/// <summary>Small helpers that measure test signals: sinusoids, amplitude by projection, lag by cross-correlation.</summary>
internal static class SignalProbe
{
    public static float[] Sine(int n, double frequency, double fs, double amplitude = 1, double phase = 0)
    {
        var x = new float[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = (float)(amplitude * Math.Sin((2 * Math.PI * frequency * i / fs) + phase));
        }

        return x;
    }

    /// <summary>Amplitude and phase (radians) of the component at <paramref name="frequency"/> over samples [from, to).</summary>
    public static (double Amplitude, double Phase) Component(ReadOnlySpan<float> x, double frequency, double fs, int from, int to)
    {
        double s = 0, c = 0;
        for (var i = from; i < to; i++)
        {
            var w = 2 * Math.PI * frequency * i / fs;
            s += x[i] * Math.Sin(w);
            c += x[i] * Math.Cos(w);
        }

        var n = to - from;
        return (2 * Math.Sqrt((s * s) + (c * c)) / n, Math.Atan2(c, s));
    }
}
