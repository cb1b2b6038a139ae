// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Mean squared error, like <c>torch.nn.MSELoss</c>.</summary>
/// <param name="reduction">None, mean or sum. Default: mean.</param>
/// <remarks>ℓ_i = (x_i − y_i)²; mean divides by the element count.</remarks>
public sealed class MSELoss(Reduction reduction = Reduction.Mean) : Loss(reduction)
{
    /// <inheritdoc/>
    public override Tensor forward(Tensor input, Tensor target) => Functional(input, target, reduction);

    internal static Tensor Functional(Tensor input, Tensor target, Reduction reduction)
    {
        CheckSameShape(input, target, "mse_loss");
        return Reduce((input - target).square(), reduction);
    }
}
