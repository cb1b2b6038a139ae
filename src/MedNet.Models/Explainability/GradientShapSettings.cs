// SPDX-License-Identifier: MIT
namespace MedNet.Models.Explainability;

/// <summary>Settings of <see cref="GradientShap"/>.</summary>
public sealed record GradientShapSettings
{
    /// <summary>Number n of (background window, α) draws. Default: 32.</summary>
    public int Samples { get; init; } = 32;

    /// <summary>Draws per forward/backward batch. Default: 32.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Standard deviation of Gaussian noise added to each path point (SmoothGrad-style, as Captum's <c>stdevs</c>). Default: 0.</summary>
    public double NoiseStd { get; init; }

    /// <summary>Seed of the draws. Default: 0.</summary>
    public int Seed { get; init; }

    /// <summary>Evaluate E[f(background)] (N more no-grad forwards) so the completeness gap can be reported. Default: true.</summary>
    public bool ComputeReference { get; init; } = true;

    /// <summary>Lists every problem (empty when valid).</summary>
    /// <returns>One message per problem.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Samples < 1)
        {
            problems.Add($"Samples must be ≥ 1 but is {Samples}.");
        }

        if (BatchSize < 1)
        {
            problems.Add($"BatchSize must be ≥ 1 but is {BatchSize}.");
        }

        if (!(NoiseStd >= 0) || double.IsInfinity(NoiseStd))
        {
            problems.Add($"NoiseStd must be finite and ≥ 0 but is {NoiseStd}.");
        }

        return problems;
    }
}
