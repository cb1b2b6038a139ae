// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Binary cross-entropy on probabilities, like <c>torch.nn.BCELoss</c>.</summary>
/// <param name="weight">Per-element rescaling weight broadcastable to the input, or null.</param>
/// <param name="reduction">None, mean or sum. Default: mean.</param>
/// <remarks>ℓ_i = −w_i · (y_i·log x_i + (1 − y_i)·log(1 − x_i)), each log clamped to ≥ −100 as PyTorch does.</remarks>
public sealed class BCELoss(Tensor? weight = null, Reduction reduction = Reduction.Mean) : Loss(reduction)
{
    /// <summary>Rescaling weight or null.</summary>
    public Tensor? weight { get; } = weight;

    /// <inheritdoc/>
    public override Tensor forward(Tensor input, Tensor target) => Functional(input, target, weight, reduction);

    internal static Tensor Functional(Tensor input, Tensor target, Tensor? weight, Reduction reduction)
    {
        CheckSameShape(input, target, "binary_cross_entropy");
        var logX = input.log().clamp(min: -100f);
        var log1mX = (1f - input).log().clamp(min: -100f);
        var l = -((target * logX) + ((1f - target) * log1mX));
        return Reduce(weight is null ? l : l * weight, reduction);
    }
}
