// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Element-wise max(x, 0), like <c>torch.nn.ReLU</c>.</summary>
/// <remarks>y = max(x, 0); the derivative is in <see cref="Tensor.relu"/>.</remarks>
public sealed class ReLU : Module<Tensor, Tensor>
{
    /// <summary>Applies the activation.</summary>
    /// <param name="input">Any shape.</param>
    /// <returns>Same shape.</returns>
    public override Tensor forward(Tensor input) => input.relu();
}
