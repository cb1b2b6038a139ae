// SPDX-License-Identifier: MIT
using System.Buffers;
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.NN;

/// <summary>Differentiable multi-head self-attention on packed projections; see <see cref="PackedAttentionKernel"/> for the formulas.</summary>
/// <remarks>
/// Replaces narrow → reshape → permute of q, k, v, the fused attention and the permute back (seven copies per call) by
/// one op. Probabilities and the dropout mask (rearranged by the kernel) live in pooled buffers owned by the tape node, returned after backward
/// (or at once when no gradient is needed), as in <see cref="ScaledDotProductAttention"/>.
/// </remarks>
internal static class PackedSelfAttention
{
    /// <summary>qkv (N, T, 3E) → (N, T, E).</summary>
    internal static Tensor Apply(Tensor qkv, int heads, double dropout)
    {
        if (qkv.Dims.Length != 3 || heads < 1 || qkv.Dims[2] % (3 * heads) != 0)
        {
            throw new ArgumentException(
                $"self_attention: expected packed projections (N, T, 3E) with E divisible by heads = {heads} but got {Shape.Format(qkv.Dims)}.", nameof(qkv));
        }

        if (dropout < 0 || dropout >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(dropout), dropout, "self_attention: expected dropout_p in [0, 1).");
        }

        int n = qkv.Dims[0], t = qkv.Dims[1], e = qkv.Dims[2] / 3, d = e / heads;
        var count = n * heads * t * t;
        var scale = 1f / MathF.Sqrt(d);
        var pBuf = ArrayPool<float>.Shared.Rent(Math.Max(count, 1));
        var dBuf = dropout > 0 ? ArrayPool<float>.Shared.Rent(Math.Max(count, 1)) : null;
        if (dBuf is not null)
        {
            torch.default_generator.FillDropoutMask(dBuf.AsSpan(0, count), (float)dropout, (float)(1.0 / (1.0 - dropout)));
        }

        var output = Tensor.Empty([n, t, e]);
        PackedAttentionKernel.Forward(qkv.Span, n, heads, t, d, scale, pBuf.AsSpan(0, count), dBuf is null ? default : dBuf.AsSpan(0, count), output.Span);
        if (!Engine.NeedsGrad(qkv))
        {
            Release(pBuf, dBuf);
            return output;
        }

        var returned = false;
        return Engine.Record(
            output,
            "SelfAttentionBackward",
            g =>
            {
                if (returned)
                {
                    throw new InvalidOperationException("backward: expected the attention graph to be alive but it was already freed. Pass retain_graph: true to the first backward.");
                }

                var dqkv = Tensor.Empty(qkv.Dims);
                PackedAttentionKernel.Backward(qkv.Span, pBuf.AsSpan(0, count), dBuf is null ? default : dBuf.AsSpan(0, count), g.Span, n, heads, t, d, scale, dqkv.Span);
                if (!Engine.RetainingGraph)
                {
                    Release(pBuf, dBuf);
                    returned = true;
                }

                Engine.Accumulate(qkv, dqkv);
            },
            qkv);
    }

    private static void Release(float[] p, float[]? drop)
    {
        ArrayPool<float>.Shared.Return(p);
        if (drop is not null)
        {
            ArrayPool<float>.Shared.Return(drop);
        }
    }
}
