// SPDX-License-Identifier: MIT
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.NN;

/// <summary>Softmax over one dimension, like <c>torch.nn.Softmax</c>.</summary>
/// <param name="dim">Dimension whose entries sum to 1.</param>
/// <remarks>y_k = exp(x_k − max) / Σ_j exp(x_j − max); dx = y ⊙ (g − Σ g ⊙ y).</remarks>
public sealed class Softmax(long dim) : Module<Tensor, Tensor>
{
    /// <summary>The dimension.</summary>
    public long dim { get; } = dim;

    /// <summary>Applies softmax.</summary>
    /// <param name="input">Any shape.</param>
    /// <returns>Same shape.</returns>
    public override Tensor forward(Tensor input) => Functional(input, (int)dim, log: false);

    /// <inheritdoc/>
    public override string extra_repr() => $"dim={dim}";

    internal static Tensor Functional(Tensor x, int dim, bool log)
    {
        var ax = Shape.NormalizeDim(dim, x.Dims.Length, log ? "log_softmax" : "softmax");
        if (x.IsF64)
        {
            return Float64Ops.Softmax(x, ax, log);
        }

        var (outer, n, inner) = ReduceKernel.Split(x.Dims, ax);
        var y = Tensor.Empty(x.Dims);
        SoftmaxKernel.Forward(x.Span, y.Span, outer, n, inner, log);
        return Engine.Record(
            y,
            log ? "LogSoftmaxBackward" : "SoftmaxBackward",
            g =>
            {
                var gx = Tensor.Empty(x.Dims);
                SoftmaxKernel.Backward(y.Span, g.Span, gx.Span, outer, n, inner, log);
                Engine.Accumulate(x, gx);
            },
            x);
    }
}
