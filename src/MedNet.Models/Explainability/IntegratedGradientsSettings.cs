// SPDX-License-Identifier: MIT
namespace MedNet.Models.Explainability;

/// <summary>Settings of <see cref="IntegratedGradients"/>.</summary>
public sealed record IntegratedGradientsSettings
{
    /// <summary>Number m of points on the straight path from the baseline to the input (Sundararajan et al. 2017 use 20–300). Default: 32.</summary>
    public int Steps { get; init; } = 32;

    /// <summary>Path points per forward/backward batch. Default: 32.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Lists every problem (empty when valid).</summary>
    /// <returns>One message per problem.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Steps < 1)
        {
            problems.Add($"Steps must be ≥ 1 but is {Steps}.");
        }

        if (BatchSize < 1)
        {
            problems.Add($"BatchSize must be ≥ 1 but is {BatchSize}.");
        }

        return problems;
    }
}
