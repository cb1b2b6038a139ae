// SPDX-License-Identifier: MIT
using System.Buffers;
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.NN;

/// <summary>linear2(dropout(leaky_relu(linear1(x)))) as one tape node whose wide hidden activations live in pooled buffers.</summary>
/// <remarks>
/// Source: Vaswani et al. 2017 §3.3 (position-wise feed-forward). The hidden layer (rows × F_ff; DTAAD: 1280 × 16) is
/// the largest tensor of a Transformer encoder step; composed, it costs four GC-heap tensors per call (pre-activation,
/// mask, dropped activations and their gradient). Here they are rented and returned after backward. The operations
/// (<see cref="SmallLinearKernel"/>, the dropout draws, the products) are the ones the composed layers run, in the same
/// order, so values and gradients are identical to linear → leaky_relu → dropout → linear.
/// </remarks>
internal static class FusedFeedForward
{
    /// <summary>True when both layers fit <see cref="SmallLinearKernel"/>.</summary>
    internal static bool Applies(Tensor w1, Tensor w2) =>
        w1.Dims.Length == 2 && w2.Dims.Length == 2 && w2.Dims[1] == w1.Dims[0]
        && SmallLinearKernel.Applies(w1.Dims[1], w1.Dims[0]) && SmallLinearKernel.Applies(w2.Dims[1], w2.Dims[0]);

    /// <summary>x (…, F_in) → (…, F_out).</summary>
    internal static Tensor Apply(Tensor input, Tensor w1, Tensor? b1, Tensor w2, Tensor? b2, double dropout, float slope)
    {
        int fin = w1.Dims[1], ff = w1.Dims[0], fout = w2.Dims[0];
        if (input.Dims.Length == 0 || input.Dims[^1] != fin)
        {
            throw new ArgumentException($"feed_forward: expected input (…, {fin}) but got {Shape.Format(input.Dims)}; the last dimension must equal linear1's in_features.", nameof(input));
        }

        var rows = input.NumelInt / fin;
        var hidden = rows * ff;
        var z = ArrayPool<float>.Shared.Rent(Math.Max(hidden, 1));
        var a = ArrayPool<float>.Shared.Rent(Math.Max(hidden, 1));
        var mask = dropout > 0 ? ArrayPool<float>.Shared.Rent(Math.Max(hidden, 1)) : null;
        SmallLinearKernel.Forward(input.Span, w1.Span, b1 is null ? default : b1.Span, z, rows, fin, ff);
        var act = a.AsSpan(0, hidden);
        z.AsSpan(0, hidden).CopyTo(act);
        if (slope != 1f)
        {
            foreach (ref var v in act)
            {
                v = v > 0 ? v : v * slope;
            }
        }

        if (mask is not null)
        {
            torch.default_generator.FillDropoutMask(mask.AsSpan(0, hidden), (float)dropout, (float)(1.0 / (1.0 - dropout)));
            System.Numerics.Tensors.TensorPrimitives.Multiply(act, mask.AsSpan(0, hidden), act);
        }

        var outDims = (int[])input.Dims.Clone();
        outDims[^1] = fout;
        var y = Tensor.Empty(outDims);
        SmallLinearKernel.Forward(act, w2.Span, b2 is null ? default : b2.Span, y.Span, rows, ff, fout);
        Tensor[] inputs = [input, w1, w2, .. b1 is null ? Array.Empty<Tensor>() : [b1], .. b2 is null ? Array.Empty<Tensor>() : [b2]];
        if (!Engine.NeedsGrad(inputs))
        {
            Release(z, a, mask);
            return y;
        }

        var returned = false;
        return Engine.Record(
            y,
            "FeedForwardBackward",
            g =>
            {
                if (returned)
                {
                    throw new InvalidOperationException("backward: expected the feed-forward graph to be alive but it was already freed. Pass retain_graph: true to the first backward.");
                }

                Backward(g, input, w1, b1, w2, b2, z, a, mask, rows, fin, ff, fout, slope);
                if (!Engine.RetainingGraph)
                {
                    Release(z, a, mask);
                    returned = true;
                }
            },
            inputs);
    }

    private static void Backward(Tensor g, Tensor input, Tensor w1, Tensor? b1, Tensor w2, Tensor? b2, float[] z, float[] a, float[]? mask, int rows, int fin, int ff, int fout, float slope)
    {
        var hidden = rows * ff;
        var gh = ArrayPool<float>.Shared.Rent(Math.Max(hidden, 1));
        try
        {
            var gz = gh.AsSpan(0, hidden);
            SmallLinearKernel.BackwardInput(g.Span, w2.Span, gz, rows, ff, fout);
            WeightGrads(g.Span, a.AsSpan(0, hidden), w2, b2, rows, ff, fout);
            if (mask is not null)
            {
                System.Numerics.Tensors.TensorPrimitives.Multiply(gz, mask.AsSpan(0, hidden), gz);
            }

            if (slope != 1f)
            {
                for (var i = 0; i < hidden; i++)
                {
                    gz[i] = z[i] > 0 ? gz[i] : gz[i] * slope;
                }
            }

            if (input.RequiresGradFlag)
            {
                var gx = Tensor.Empty(input.Dims);
                SmallLinearKernel.BackwardInput(gz, w1.Span, gx.Span, rows, fin, ff);
                Engine.Accumulate(input, gx);
            }

            WeightGrads(gz, input.Span, w1, b1, rows, fin, ff);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(gh);
        }
    }

    private static void WeightGrads(ReadOnlySpan<float> g, ReadOnlySpan<float> x, Tensor w, Tensor? b, int rows, int fin, int fout)
    {
        var gw = w.RequiresGradFlag ? Tensor.Empty(w.Dims) : null;
        var gb = b is not null && b.RequiresGradFlag ? Tensor.Empty(b.Dims) : null;
        if (gw is null && gb is null)
        {
            return;
        }

        SmallLinearKernel.BackwardWeight(g, x, gw is null ? default : gw.Span, gb is null ? default : gb.Span, rows, fin, fout);
        if (gw is not null)
        {
            Engine.Accumulate(w, gw);
        }

        if (gb is not null)
        {
            Engine.Accumulate(b!, gb);
        }
    }

    private static void Release(float[] z, float[] a, float[]? mask)
    {
        ArrayPool<float>.Shared.Return(z);
        ArrayPool<float>.Shared.Return(a);
        if (mask is not null)
        {
            ArrayPool<float>.Shared.Return(mask);
        }
    }
}
