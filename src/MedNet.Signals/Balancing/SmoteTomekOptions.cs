// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Balancing;

/// <summary>Settings of <see cref="SmoteTomek"/>.</summary>
public sealed record SmoteTomekOptions
{
    /// <summary>Neighbours k of the same class SMOTE interpolates towards, ≥ 1. Default: 5 (Chawla et al. 2002; imbalanced-learn).</summary>
    public int Neighbours { get; init; } = 5;

    /// <summary>
    /// Each minority class is grown to this fraction of the largest class count, in (0, 1]. Default: 1 (full balance,
    /// imbalanced-learn's "auto"). Classes already at or above the target are untouched.
    /// </summary>
    public double TargetFraction { get; init; } = 1.0;

    /// <summary>
    /// Largest growth of a minority class as a multiple of its own count: a class of n_c samples gets at most
    /// ⌈MaxGrowth · n_c⌉ − n_c synthetic ones (4 = "+300 %", [MSA] §2.1 B), and never more than the target; null for no limit. Default: null.
    /// </summary>
    public double? MaxGrowth { get; init; }

    /// <summary>Seed for choosing base samples, neighbours and interpolation weights. Default: 0.</summary>
    public int Seed { get; init; }

    /// <summary>A class that needs oversampling but has fewer than 2 training rows: warn (default) or fail.</summary>
    public SmallClassPolicy SmallClass { get; init; } = SmallClassPolicy.Warn;

    /// <summary>Returns every problem; empty when valid.</summary>
    /// <returns>Problem descriptions.</returns>
    public IReadOnlyList<string> Validate()
    {
        var p = new List<string>();
        if (Neighbours < 1)
        {
            p.Add($"Neighbours: expected ≥ 1 but got {Neighbours}.");
        }

        if (!(TargetFraction > 0 && TargetFraction <= 1))
        {
            p.Add($"TargetFraction: expected a value in (0, 1] but got {TargetFraction}.");
        }

        if (MaxGrowth is { } g && !(g >= 1))
        {
            p.Add($"MaxGrowth: expected ≥ 1 or null but got {g}.");
        }

        return p;
    }
}
