// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Element-wise x·Φ(x) with the exact erf (approximate = 'none'), like <c>torch.nn.GELU</c>.</summary>
/// <remarks>y = x·Φ(x) with the exact erf (approximate = 'none'); the derivative is in <see cref="Tensor.gelu"/>.</remarks>
public sealed class GELU : Module<Tensor, Tensor>
{
    /// <summary>Applies the activation.</summary>
    /// <param name="input">Any shape.</param>
    /// <returns>Same shape.</returns>
    public override Tensor forward(Tensor input) => input.gelu();
}
