// SPDX-License-Identifier: MIT
using System.Buffers;
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.NN;

/// <summary>Differentiable fused attention used by <see cref="MultiheadAttention"/>; see <see cref="AttentionKernel"/> for the formulas.</summary>
/// <remarks>
/// The (N·H, L, S) probabilities live in a pooled buffer owned by the tape node and go back to the pool after backward
/// (or at once under no_grad), so steady-state training does not allocate them: at DTAAD size they exceed the 85 kB
/// large-object threshold and would otherwise trigger a gen-2 collection every few steps.
/// </remarks>
internal static class ScaledDotProductAttention
{
    /// <summary>Returns out (B, L, d) and, when requested, head-averaged weights (N, L, S).</summary>
    internal static (Tensor Output, Tensor? Weights) Apply(Tensor q, Tensor k, Tensor v, Tensor? attnMask, Tensor? keyPadding, int heads, bool needWeights, bool averageWeights, double dropout)
    {
        int b = q.Dims[0], l = q.Dims[1], d = q.Dims[2], s = k.Dims[1];
        var n = b / heads;
        if (attnMask is not null && (attnMask.NumelInt != l * s))
        {
            throw new ArgumentException($"MultiheadAttention: expected attn_mask ({l}, {s}) but got {Shape.Format(attnMask.Dims)}.", nameof(attnMask));
        }

        if (keyPadding is not null && keyPadding.NumelInt != n * s)
        {
            throw new ArgumentException($"MultiheadAttention: expected key_padding_mask ({n}, {s}) but got {Shape.Format(keyPadding.Dims)}.", nameof(keyPadding));
        }

        float[]? pad = null;
        if (keyPadding is not null)
        {
            pad = new float[n * s];
            for (var i = 0; i < pad.Length; i++)
            {
                pad[i] = keyPadding.Data[i] != 0f ? float.NegativeInfinity : 0f;
            }
        }

        var mask = attnMask?.Span.ToArray();
        var scale = 1f / MathF.Sqrt(d);
        var pBuf = ArrayPool<float>.Shared.Rent(b * l * s);
        var dBuf = dropout > 0 ? ArrayPool<float>.Shared.Rent(b * l * s) : null;
        if (dBuf is not null)
        {
            var keep = (float)(1.0 / (1.0 - dropout));
            torch.default_generator.FillDropoutMask(dBuf.AsSpan(0, b * l * s), (float)dropout, keep);
        }

        var drop = dBuf is null ? default : dBuf.AsSpan(0, b * l * s);
        var output = Tensor.Empty([b, l, d]);
        AttentionKernel.Forward(q.Span, k.Span, v.Span, mask, pad, heads, b, l, s, d, scale, pBuf.AsSpan(0, b * l * s), drop, output.Span);
        Tensor? weights = null;
        if (needWeights)
        {
            weights = averageWeights ? Average(pBuf, n, heads, l, s) : new Tensor(pBuf.AsSpan(0, b * l * s).ToArray(), [n, heads, l, s]);
        }

        if (!Engine.NeedsGrad(q, k, v))
        {
            Release(pBuf, dBuf);
            return (output, weights);
        }

        var returned = false;
        Engine.Record(
            output,
            "ScaledDotProductAttentionBackward",
            g =>
            {
                if (returned)
                {
                    throw new InvalidOperationException("backward: expected the attention graph to be alive but it was already freed. Pass retain_graph: true to the first backward.");
                }

                var dq = Tensor.Empty(q.Dims);
                var dk = Tensor.Empty(k.Dims);
                var dv = Tensor.Empty(v.Dims);
                AttentionKernel.Backward(q.Span, k.Span, v.Span, pBuf.AsSpan(0, b * l * s), dBuf is null ? default : dBuf.AsSpan(0, b * l * s), g.Span, b, l, s, d, scale, dq.Span, dk.Span, dv.Span);
                if (!Engine.RetainingGraph)
                {
                    Release(pBuf, dBuf);
                    returned = true;
                }

                Engine.Accumulate(q, dq);
                Engine.Accumulate(k, dk);
                Engine.Accumulate(v, dv);
            },
            q,
            k,
            v);
        return (output, weights);
    }

    private static void Release(float[] p, float[]? drop)
    {
        ArrayPool<float>.Shared.Return(p);
        if (drop is not null)
        {
            ArrayPool<float>.Shared.Return(drop);
        }
    }

    /// <summary>w[n, i, j] = Σ_h P[n·H + h, i, j] / H.</summary>
    private static Tensor Average(float[] p, int n, int heads, int l, int s)
    {
        var w = Tensor.Zeros([n, l, s]);
        var ls = l * s;
        for (var ni = 0; ni < n; ni++)
        {
            var dst = w.Span.Slice(ni * ls, ls);
            for (var h = 0; h < heads; h++)
            {
                System.Numerics.Tensors.TensorPrimitives.Add(dst, p.AsSpan(((ni * heads) + h) * ls, ls), dst);
            }

            System.Numerics.Tensors.TensorPrimitives.Multiply(dst, 1f / heads, dst);
        }

        return w;
    }
}
