// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>x for x ≥ 0 and negative_slope·x otherwise, like <c>torch.nn.LeakyReLU</c>.</summary>
/// <param name="negative_slope">Slope for x &lt; 0. Default: 0.01.</param>
/// <remarks>y = max(0, x) + slope·min(0, x); dy/dx = 1 or slope.</remarks>
public sealed class LeakyReLU(double negative_slope = 0.01) : Module<Tensor, Tensor>
{
    /// <summary>Slope for negative inputs.</summary>
    public double negative_slope { get; } = negative_slope;

    /// <summary>Applies the activation.</summary>
    /// <param name="input">Any shape.</param>
    /// <returns>Same shape.</returns>
    public override Tensor forward(Tensor input) => input.leaky_relu((float)negative_slope);

    /// <inheritdoc/>
    public override string extra_repr() => $"negative_slope={negative_slope}";
}
