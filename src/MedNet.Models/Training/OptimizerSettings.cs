// SPDX-License-Identifier: MIT
using MedNet.Tensors;
using MedNet.Tensors.Optim;

namespace MedNet.Models.Training;

/// <summary>The optimiser of a training run: kind, learning rate and weight decay (PyTorch's other defaults).</summary>
/// <param name="Kind">Adam or AdamW.</param>
/// <param name="LearningRate">Initial learning rate η0 &gt; 0.</param>
/// <param name="WeightDecay">Weight decay ≥ 0. Default 0.</param>
public sealed record OptimizerSettings(OptimizerKind Kind, double LearningRate, double WeightDecay = 0)
{
    /// <summary>Builds the optimiser over <paramref name="parameters"/>.</summary>
    /// <param name="parameters">The model's parameters.</param>
    /// <returns>A new optimiser.</returns>
    /// <exception cref="ArgumentException">The settings are invalid (<see cref="Validate"/>).</exception>
    public Optimizer Create(IEnumerable<Tensor> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"OptimizerSettings: invalid settings: {string.Join(" ", problems)}");
        }

        return Kind == OptimizerKind.AdamW
            ? new AdamW(parameters, LearningRate, weight_decay: WeightDecay)
            : new Adam(parameters, LearningRate, weight_decay: WeightDecay);
    }

    /// <summary>Lists every problem with these settings (empty when valid).</summary>
    /// <returns>One message per problem, each naming its field.</returns>
    public IReadOnlyList<string> Validate()
    {
        var p = new List<string>();
        if (!Enum.IsDefined(Kind))
        {
            p.Add($"Optimizer.Kind: expected one of {string.Join(", ", Enum.GetNames<OptimizerKind>())} but got {Kind}.");
        }

        if (!(LearningRate > 0) || !double.IsFinite(LearningRate))
        {
            p.Add($"Optimizer.LearningRate: expected > 0 but got {LearningRate}.");
        }

        if (!(WeightDecay >= 0) || !double.IsFinite(WeightDecay))
        {
            p.Add($"Optimizer.WeightDecay: expected ≥ 0 but got {WeightDecay}.");
        }

        return p;
    }
}
