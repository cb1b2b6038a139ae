// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Zeroes elements with probability p in training and scales the rest by 1/(1 − p), like <c>torch.nn.Dropout</c>.</summary>
/// <param name="p">Drop probability in [0, 1). Default: 0.5.</param>
/// <remarks>y = x ⊙ m / (1 − p), m ~ Bernoulli(1 − p) from the default generator; identity in eval mode.
/// Differs from PyTorch: the mask stream is not bit-identical to PyTorch's bernoulli_.</remarks>
public sealed class Dropout(double p = 0.5) : Module<Tensor, Tensor>
{
    /// <summary>Drop probability.</summary>
    public double p { get; } = p is >= 0 and < 1 ? p : throw new ArgumentOutOfRangeException(nameof(p), $"Dropout: expected p in [0, 1) but got {p}.");

    /// <summary>Applies dropout in training mode; identity in eval mode.</summary>
    /// <param name="input">Any shape.</param>
    /// <returns>Same shape.</returns>
    public override Tensor forward(Tensor input) => Functional(input, p, training);

    /// <inheritdoc/>
    public override string extra_repr() => $"p={p}";

    /// <summary>y = x ⊙ mask as one tape node; the mask lives in a pooled buffer owned by the node, returned after backward.</summary>
    /// <remarks>Same draws and products as <c>input * mask</c> with a mask tensor, without allocating the mask on the GC heap.</remarks>
    internal static Tensor Functional(Tensor input, double p, bool training)
    {
        if (!training || p == 0)
        {
            return input;
        }

        if (input.IsF64)
        {
            return Float64Ops.Dropout(input, p);
        }

        var n = input.NumelInt;
        var mask = System.Buffers.ArrayPool<float>.Shared.Rent(Math.Max(n, 1));
        var keep = (float)(1.0 / (1.0 - p));
        torch.default_generator.FillDropoutMask(mask.AsSpan(0, n), (float)p, keep);
        var y = Tensor.Empty(input.Dims);
        System.Numerics.Tensors.TensorPrimitives.Multiply(input.Span, mask.AsSpan(0, n), y.Span);
        if (!Autograd.Engine.NeedsGrad(input))
        {
            System.Buffers.ArrayPool<float>.Shared.Return(mask);
            return y;
        }

        var returned = false;
        return Autograd.Engine.Record(
            y,
            "DropoutBackward",
            g =>
            {
                if (returned)
                {
                    throw new InvalidOperationException("backward: expected the dropout graph to be alive but it was already freed. Pass retain_graph: true to the first backward.");
                }

                var gx = Tensor.Empty(input.Dims);
                System.Numerics.Tensors.TensorPrimitives.Multiply(g.Span, mask.AsSpan(0, n), gx.Span);
                if (!Autograd.Engine.RetainingGraph)
                {
                    System.Buffers.ArrayPool<float>.Shared.Return(mask);
                    returned = true;
                }

                Autograd.Engine.Accumulate(input, gx);
            },
            input);
    }
}
