// SPDX-License-Identifier: MIT
using MedNet.Signals.Augmentation;

namespace MedNet.Experiments.MsaPaper;

/// <summary>The training-fold augmentation of [MSA] §2.1 B: Gaussian noise at 15–25 dB SNR, 0.15–0.3 Hz baseline wander up to 15 % of the range, ±50 ms time shift.</summary>
/// <remarks>
/// Source: [MSA] §2.1 B. The paper does not say how often or how many copies; ours: each training sample (original or
/// synthetic) is replaced, with probability <see cref="Probability"/>, by a copy with all three perturbations, drawn once
/// before training from a seeded generator (the one loop trains on fixed tensors). The shift moves the prior channels with
/// the lead. Never applied to test samples. Differs: D-MS-10.
/// </remarks>
public sealed record MsaAugmentation
{
    /// <summary>Probability that a training sample is perturbed, in [0, 1]. Default: 0.5 (ours).</summary>
    public double Probability { get; init; } = 0.5;

    /// <summary>Lowest SNR in dB. Default: 15.</summary>
    public double MinSnrDb { get; init; } = 15;

    /// <summary>Highest SNR in dB. Default: 25.</summary>
    public double MaxSnrDb { get; init; } = 25;

    /// <summary>Largest time shift in ms. Default: 50.</summary>
    public double MaxShiftMs { get; init; } = 50;

    /// <summary>No augmentation.</summary>
    public static MsaAugmentation None { get; } = new() { Probability = 0 };

    /// <summary>Perturbs the samples in place: row i is (3, L), lead then priors.</summary>
    /// <param name="features">Rows of 3·L values.</param>
    /// <param name="windowLength">L.</param>
    /// <param name="samplingRate">Sampling rate in Hz.</param>
    /// <param name="seed">Seed of every draw.</param>
    /// <returns>How many rows were perturbed.</returns>
    public int Apply(float[] features, int windowLength, double samplingRate, int seed)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (!(Probability >= 0 && Probability <= 1) || !(MinSnrDb <= MaxSnrDb) || !(MaxShiftMs >= 0))
        {
            throw new ArgumentException($"MsaAugmentation: expected probability in [0, 1], min SNR ≤ max SNR and shift ≥ 0 but got {this}.");
        }

        var row = MsaBeatData.SampleChannels * windowLength;
        if (windowLength < 1 || features.Length % row != 0)
        {
            throw new ArgumentException($"MsaAugmentation: expected rows of 3 × {windowLength} values but got {features.Length} values.", nameof(features));
        }

        var random = new Random(seed);
        var changed = 0;
        for (var start = 0; start < features.Length; start += row)
        {
            if (random.NextDouble() >= Probability)
            {
                continue;
            }

            var sample = features.AsSpan(start, row);
            var lead = sample[..windowLength];
            GaussianNoise.Add(lead, MinSnrDb + ((MaxSnrDb - MinSnrDb) * random.NextDouble()), random);
            BaselineWander.Add(lead, samplingRate, random);
            TimeShift.Apply(sample, MsaBeatData.SampleChannels, samplingRate, random, MaxShiftMs);
            changed++;
        }

        return changed;
    }
}
