// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Augmentation;

/// <summary>Adds white Gaussian noise at a target signal-to-noise ratio in dB.</summary>
/// <remarks>
/// Source: [MSA] §2.1 ("Gaussian noise with signal-to-noise ratios ranging from 15 to 25 dB").
/// P_s = mean(x²) over the lead; σ_n = √(P_s / 10^(SNR/10)); y = x + σ_n · z, z ~ N(0, 1) by Box–Muller from the given
/// <see cref="Random"/>, so a seeded generator gives the same noise every run. A silent lead (P_s = 0) is left unchanged.
/// </remarks>
public static class GaussianNoise
{
    /// <summary>Adds noise to one lead in place.</summary>
    /// <param name="lead">Samples of one lead, any units.</param>
    /// <param name="snrDb">Target SNR in dB (paper range 15–25); finite.</param>
    /// <param name="random">Seeded generator.</param>
    /// <returns>The noise standard deviation used.</returns>
    public static double Add(Span<float> lead, double snrDb, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (!double.IsFinite(snrDb))
        {
            throw new ArgumentOutOfRangeException(nameof(snrDb), snrDb, "GaussianNoise: expected a finite SNR in dB.");
        }

        if (lead.IsEmpty)
        {
            return 0;
        }

        double power = 0;
        foreach (var v in lead)
        {
            power += (double)v * v;
        }

        power /= lead.Length;
        double sigma = Math.Sqrt(power / Math.Pow(10, snrDb / 10));
        for (int i = 0; i < lead.Length; i++)
        {
            lead[i] += (float)(sigma * StandardNormal(random));
        }

        return sigma;
    }

    /// <summary>One N(0, 1) draw (Box–Muller, cosine branch).</summary>
    /// <param name="random">Seeded generator.</param>
    /// <returns>A standard normal value.</returns>
    public static double StandardNormal(Random random)
    {
        double u1 = 1.0 - random.NextDouble(); // (0, 1]
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
