// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Log of softmax over one dimension, computed stably, like <c>torch.nn.LogSoftmax</c>.</summary>
/// <param name="dim">Dimension.</param>
/// <remarks>y_k = x_k − max − log Σ_j exp(x_j − max); dx = g − exp(y) Σ g.</remarks>
public sealed class LogSoftmax(long dim) : Module<Tensor, Tensor>
{
    /// <summary>The dimension.</summary>
    public long dim { get; } = dim;

    /// <summary>Applies log-softmax.</summary>
    /// <param name="input">Any shape.</param>
    /// <returns>Same shape.</returns>
    public override Tensor forward(Tensor input) => Softmax.Functional(input, (int)dim, log: true);

    /// <inheritdoc/>
    public override string extra_repr() => $"dim={dim}";
}
