// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Element-wise 1 / (1 + e^−x), like <c>torch.nn.Sigmoid</c>.</summary>
/// <remarks>y = 1 / (1 + e^−x); the derivative is in <see cref="Tensor.sigmoid"/>.</remarks>
public sealed class Sigmoid : Module<Tensor, Tensor>
{
    /// <summary>Applies the activation.</summary>
    /// <param name="input">Any shape.</param>
    /// <returns>Same shape.</returns>
    public override Tensor forward(Tensor input) => input.sigmoid();
}
