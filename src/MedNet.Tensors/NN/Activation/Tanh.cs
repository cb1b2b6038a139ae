// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Element-wise tanh(x), like <c>torch.nn.Tanh</c>.</summary>
/// <remarks>y = tanh(x); the derivative is in <see cref="Tensor.tanh"/>.</remarks>
public sealed class Tanh : Module<Tensor, Tensor>
{
    /// <summary>Applies the activation.</summary>
    /// <param name="input">Any shape.</param>
    /// <returns>Same shape.</returns>
    public override Tensor forward(Tensor input) => input.tanh();
}
