// SPDX-License-Identifier: MIT
using MedNet.Signals.Splits;

namespace MedNet.Signals.Balancing;

/// <summary>The output of <see cref="SmoteTomek.Resample"/> and what it did.</summary>
/// <param name="Samples">Training samples after SMOTE and Tomek-link removal; synthetic samples carry the subject "synthetic:&lt;base subject&gt;".</param>
/// <param name="SyntheticPerClass">Synthetic samples added, per class.</param>
/// <param name="RemovedPerClass">Samples removed as members of Tomek links, per class (original and synthetic alike).</param>
/// <param name="Fold">The training fold it came from.</param>
public sealed record BalancedSet(LabelledSamples Samples, IReadOnlyList<int> SyntheticPerClass, IReadOnlyList<int> RemovedPerClass, int Fold)
{
    /// <summary>Named warnings, e.g. a class too small to oversample (see <see cref="SmoteTomekOptions.SmallClass"/>). Empty when none.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
