// SPDX-License-Identifier: MIT
using System.Buffers;
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.NN;

/// <summary>Differentiable multi-head self-attention on packed projections; see <see cref="PackedAttentionKernel"/> for the formulas.</summary>
/// <remarks>
/// Replaces narrow → reshape → permute of q, k, v, the fused attention and the permute back (seven copies per call) by
/// one op. Probabilities and the dropout mask (rearranged by the kernel) live in pooled buffers owned by the tape node, returned after backward
/// (or at once when no gradient is needed). Only narrow heads over short sequences run here (<see cref="UsesMaterialisedKernel"/>);
/// the rest goes to the memory-bounded <see cref="ScaledDotProductAttention"/> reading the same packed buffer.
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

        if (qkv.IsF64)
        {
            return Float64Attention.Self(qkv, heads, dropout);
        }

        int n = qkv.Dims[0], t = qkv.Dims[1], e = qkv.Dims[2] / 3, d = e / heads;
        if (!UsesMaterialisedKernel(d, t))
        {
            var layout = HeadLayout.Of(true, n, t, 3 * e, 0);
            return ScaledDotProductAttention.Apply(
                (qkv, layout), (qkv, layout with { Offset = e }), (qkv, layout with { Offset = 2 * e }), (n, heads, t, t, d), null, null, false, false, dropout, [n, t, e], HeadLayout.Of(true, n, t, e, 0)).Output;
        }

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

    /// <summary>
    /// Narrow heads (D &lt; 16) over short sequences (T ≤ 256), the regime of DTAAD and MED-Net, keep the kernel that holds the
    /// T × T probabilities: its eight-heads-per-vector path is fastest there and paper 000's recorded results were made with
    /// it. Wider heads or longer sequences take the memory-bounded tiled kernel.
    /// </summary>
    internal static bool UsesMaterialisedKernel(int d, int t) => d < 16 && t <= 256;

    private static void Release(float[] p, float[]? drop)
    {
        ArrayPool<float>.Shared.Return(p);
        if (drop is not null)
        {
            ArrayPool<float>.Shared.Return(drop);
        }
    }
}
