namespace MedNet.Viz.Tests;

/// <summary>A deterministic ECG-like signal (Gaussian P, QRS and T waves per beat plus seeded noise) for figure tests.</summary>
internal static class SyntheticEcg
{
    public static float[] Lead(int samples, double fs, double heartRateBpm = 72, double amplitude = 1, int seed = 7)
    {
        var rng = new Random(seed);
        var rr = 60 / heartRateBpm;
        var y = new float[samples];
        for (var i = 0; i < samples; i++)
        {
            var t = i / fs;
            var phase = t % rr;
            var v = (0.15 * Bump(phase, 0.16, 0.025)) - (0.12 * Bump(phase, 0.26, 0.008)) + (1.1 * Bump(phase, 0.28, 0.010))
                    - (0.25 * Bump(phase, 0.30, 0.010)) + (0.3 * Bump(phase, 0.52, 0.045));
            y[i] = (float)((amplitude * v) + (0.02 * ((rng.NextDouble() * 2) - 1)) + (0.05 * Math.Sin(2 * Math.PI * 0.3 * t)));
        }

        return y;
    }

    public static int[] BeatSamples(int samples, double fs, double heartRateBpm = 72)
    {
        var rr = 60 / heartRateBpm;
        var beats = new List<int>();
        for (var t = 0.28; t * fs < samples; t += rr)
        {
            beats.Add((int)Math.Round(t * fs));
        }

        return [.. beats];
    }

    private static double Bump(double t, double centre, double width) => Math.Exp(-0.5 * Math.Pow((t - centre) / width, 2));
}
