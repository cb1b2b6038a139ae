// SPDX-License-Identifier: MIT
namespace MedNet.Models.Explainability;

/// <summary>Settings of <see cref="ShapleyValues"/>.</summary>
public sealed record KernelShapSettings
{
    /// <summary>Largest group count M evaluated by exact enumeration of the 2^M coalitions. Default: 12 (4096 coalitions).</summary>
    public int MaxExactGroups { get; init; } = 12;

    /// <summary>KernelSHAP coalition budget (excluding ∅ and the full set); when 2^M − 2 fits, every coalition is used with its kernel weight. Default: 2048.</summary>
    public int Samples { get; init; } = 2048;

    /// <summary>Windows per forward. Default: 256.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Seed of the coalition sampler. Default: 0.</summary>
    public int Seed { get; init; }

    /// <summary>Lists every problem (empty when valid).</summary>
    /// <returns>One message per problem.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxExactGroups is < 1 or > 20)
        {
            problems.Add($"MaxExactGroups must be in [1, 20] but is {MaxExactGroups}.");
        }

        if (Samples < 2)
        {
            problems.Add($"Samples must be ≥ 2 but is {Samples}.");
        }

        if (BatchSize < 1)
        {
            problems.Add($"BatchSize must be ≥ 1 but is {BatchSize}.");
        }

        return problems;
    }
}
