// SPDX-License-Identifier: MIT
using MedNet.Signals.Balancing;
using MedNet.Signals.Splits;

namespace MedNet.Experiments.MsaPaper;

/// <summary>One fold's training and test samples after balancing and augmentation of the training side only.</summary>
/// <param name="Fold">Fold number.</param>
/// <param name="Train">Training samples (original, synthetic and augmented), (3·L) rows.</param>
/// <param name="Test">Test samples, never resampled or perturbed.</param>
/// <param name="Balance">What SMOTE-Tomek did, or null when it was off.</param>
/// <param name="Augmented">Training rows perturbed by <see cref="MsaAugmentation"/>.</param>
/// <param name="TestSubjects">Held-out subjects.</param>
public sealed record MsaFoldData(int Fold, LabelledSamples Train, LabelledSamples Test, BalancedSet? Balance, int Augmented, IReadOnlyList<string> TestSubjects)
{
    /// <summary>Training class counts (after balancing), for weighted losses.</summary>
    /// <param name="classes">K.</param>
    /// <returns>Counts per class.</returns>
    public long[] TrainCounts(int classes)
    {
        var counts = new long[classes];
        foreach (var l in Train.Labels)
        {
            counts[l]++;
        }

        return counts;
    }
}
