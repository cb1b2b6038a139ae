// SPDX-License-Identifier: MIT
using System.Buffers;
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.NN;

/// <summary>Differentiable memory-bounded attention over heads read in place; see <see cref="FlashAttentionKernel"/> for the formulas.</summary>
/// <remarks>
/// The output node keeps only the per-row logsumexp (B·L floats, pooled) and, with dropout in training, the (B, L, S)
/// dropout scales in the draw order of dropout(softmax(…)) (pooled; O(L·S) memory, the price of drawing the same mask as
/// the composed ops). Without dropout, working memory is O((L + S)·D) per thread plus one tile of scores per head.
/// The returned weights, when asked for, are their own node: O(N·L·S) by definition, their backward recomputes the tiles.
/// </remarks>
internal static class ScaledDotProductAttention
{
    /// <summary>softmax(q·kᵀ/√D + mask)·v per head, written into a new tensor of <paramref name="outDims"/> at <paramref name="outLayout"/>.</summary>
    /// <param name="q">Queries (tensor, layout), heads of width D.</param>
    /// <param name="k">Keys.</param>
    /// <param name="v">Values.</param>
    /// <param name="shape">(N, H, L, S, D).</param>
    /// <param name="attnMask">Additive (L, S) mask or null.</param>
    /// <param name="keyPadding">(N, S), non-zero where the key is padding, or null.</param>
    /// <param name="needWeights">Also return the weights (pre-dropout probabilities).</param>
    /// <param name="averageWeights">Weights averaged over heads (N, L, S), else (N, H, L, S).</param>
    /// <param name="dropout">Drop probability on the weights in [0, 1).</param>
    /// <param name="outDims">Shape of the output tensor.</param>
    /// <param name="outLayout">Where head b's rows go in it; the heads must cover every element of the output.</param>
    internal static (Tensor Output, Tensor? Weights) Apply(
        (Tensor Tensor, HeadLayout Layout) q,
        (Tensor Tensor, HeadLayout Layout) k,
        (Tensor Tensor, HeadLayout Layout) v,
        (int N, int H, int L, int S, int D) shape,
        Tensor? attnMask,
        Tensor? keyPadding,
        bool needWeights,
        bool averageWeights,
        double dropout,
        int[] outDims,
        HeadLayout outLayout)
    {
        var (n, heads, l, s, d) = shape;
        if (attnMask is not null && attnMask.NumelInt != l * s)
        {
            throw new ArgumentException($"MultiheadAttention: expected attn_mask ({l}, {s}) but got {Shape.Format(attnMask.Dims)}.", nameof(attnMask));
        }

        if (keyPadding is not null && keyPadding.NumelInt != n * s)
        {
            throw new ArgumentException($"MultiheadAttention: expected key_padding_mask ({n}, {s}) but got {Shape.Format(keyPadding.Dims)}.", nameof(keyPadding));
        }

        if (dropout < 0 || dropout >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(dropout), dropout, "scaled_dot_product_attention: expected dropout_p in [0, 1).");
        }

        var b = n * heads;
        float[]? pad = null;
        if (keyPadding is not null)
        {
            pad = new float[n * s];
            var src = keyPadding.Span;
            for (var i = 0; i < pad.Length; i++)
            {
                pad[i] = src[i] != 0f ? float.NegativeInfinity : 0f;
            }
        }

        var count = b * l * s;
        var drop = dropout > 0 ? ArrayPool<float>.Shared.Rent(Math.Max(count, 1)) : null;
        if (drop is not null)
        {
            torch.default_generator.FillDropoutMask(drop.AsSpan(0, count), (float)dropout, (float)(1.0 / (1.0 - dropout)));
        }

        var lse = ArrayPool<float>.Shared.Rent(Math.Max(b * l, 1));
        var output = Tensor.Empty(outDims);

        var scale = 1f / MathF.Sqrt(d);
        Tensor? weights = null;
        unsafe
        {
            fixed (float* pq = q.Tensor.Data, pk = k.Tensor.Data, pv = v.Tensor.Data, pm = attnMask?.Data, pp = pad, pd = drop, po = output.Data, pl = lse)
            {
                var args = Args(q, k, v, shape, scale, ((nint)pq, (nint)pk, (nint)pv), pm, pp, pd);
                if (!needWeights)
                {
                    FlashAttentionKernel.Forward(args, po, outLayout, pl);
                }
                else
                {
                    weights = Tensor.Empty(averageWeights ? [n, l, s] : [n, heads, l, s]);
                    fixed (float* pw = weights.Data)
                    {
                        if (FlashAttentionKernel.CanWriteProbabilities(args))
                        {
                            // One key tile: the forward writes P as it goes; averaging is then one pass over it.
                            var probs = averageWeights ? ArrayPool<float>.Shared.Rent(count) : null;
                            fixed (float* pr = probs)
                            {
                                FlashAttentionKernel.Forward(args, po, outLayout, pl, averageWeights ? pr : pw);
                            }

                            if (probs is not null)
                            {
                                AverageHeads(probs, weights.Span, n, heads, l * s);
                                ArrayPool<float>.Shared.Return(probs);
                            }
                        }
                        else
                        {
                            FlashAttentionKernel.Forward(args, po, outLayout, pl);
                            FlashAttentionKernel.Weights(args with { Drop = 0 }, pl, averageWeights, pw);
                        }
                    }
                }
            }
        }

        var mask = attnMask?.Span.ToArray();
        if (weights is not null)
        {
            RecordWeights(weights, q, k, v, shape, scale, mask, pad, averageWeights);
        }

        if (!Engine.NeedsGrad(q.Tensor, k.Tensor, v.Tensor))
        {
            Release(lse, drop);
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

                var (gq, gk, gv) = GradBuffers(q, k, v);
                unsafe
                {
                    fixed (float* pq = q.Tensor.Data, pk = k.Tensor.Data, pv = v.Tensor.Data, pm = mask, pp = pad, pd = drop, po = output.Data, pg = g.Data, pl = lse)
                    fixed (float* dq = gq.Data, dk = gk.Data, dv = gv.Data)
                    {
                        FlashAttentionKernel.Backward(Args(q, k, v, shape, scale, ((nint)pq, (nint)pk, (nint)pv), pm, pp, pd), po, pg, outLayout, pl, dq, dk, dv);
                    }
                }

                if (!Engine.RetainingGraph)
                {
                    Release(lse, drop);
                    returned = true;
                }

                AccumulateDistinct(q.Tensor, gq, k.Tensor, gk, v.Tensor, gv);
            },
            q.Tensor,
            k.Tensor,
            v.Tensor);
        return (output, weights);
    }

    private static void RecordWeights(Tensor weights, (Tensor Tensor, HeadLayout Layout) q, (Tensor Tensor, HeadLayout Layout) k, (Tensor Tensor, HeadLayout Layout) v, (int N, int H, int L, int S, int D) shape, float scale, float[]? mask, float[]? pad, bool average)
    {
        Engine.Record(
            weights,
            "AttentionWeightsBackward",
            g =>
            {
                var (gq, gk, _) = GradBuffers(q, k, v);
                unsafe
                {
                    fixed (float* pq = q.Tensor.Data, pk = k.Tensor.Data, pv = v.Tensor.Data, pm = mask, pp = pad, pg = g.Data, dq = gq.Data, dk = gk.Data)
                    {
                        FlashAttentionKernel.WeightsBackward(Args(q, k, v, shape, scale, ((nint)pq, (nint)pk, (nint)pv), pm, pp, null), pg, average, dq, dk);
                    }
                }

                Engine.Accumulate(q.Tensor, gq);
                if (!ReferenceEquals(gk, gq))
                {
                    Engine.Accumulate(k.Tensor, gk);
                }
            },
            q.Tensor,
            k.Tensor);
    }

    private static unsafe AttentionArgs Args((Tensor Tensor, HeadLayout Layout) q, (Tensor Tensor, HeadLayout Layout) k, (Tensor Tensor, HeadLayout Layout) v, (int N, int H, int L, int S, int D) shape, float scale, (nint Q, nint K, nint V) data, float* mask, float* pad, float* drop) => new()
    {
        N = shape.N,
        Heads = shape.H,
        L = shape.L,
        S = shape.S,
        D = shape.D,
        Scale = scale,
        Q = data.Q,
        K = data.K,
        V = data.V,
        Lq = q.Layout,
        Lk = k.Layout,
        Lv = v.Layout,
        Mask = (nint)mask,
        Pad = (nint)pad,
        Drop = (nint)drop,
    };

    /// <summary>Zeroed gradient buffers per role; roles on one tensor at different offsets (packed projections) share one buffer.</summary>
    private static (Tensor Gq, Tensor Gk, Tensor Gv) GradBuffers((Tensor Tensor, HeadLayout Layout) q, (Tensor Tensor, HeadLayout Layout) k, (Tensor Tensor, HeadLayout Layout) v)
    {
        var gq = Tensor.Zeros(q.Tensor.Dims);
        var gk = Shares(k, q) ? gq : Tensor.Zeros(k.Tensor.Dims);
        var gv = Shares(v, q) ? gq : Shares(v, k) ? gk : Tensor.Zeros(v.Tensor.Dims);
        return (gq, gk, gv);
    }

    private static bool Shares((Tensor Tensor, HeadLayout Layout) a, (Tensor Tensor, HeadLayout Layout) b) =>
        ReferenceEquals(a.Tensor, b.Tensor) && a.Layout.Offset != b.Layout.Offset;

    private static void AccumulateDistinct(Tensor q, Tensor gq, Tensor k, Tensor gk, Tensor v, Tensor gv)
    {
        Engine.Accumulate(q, gq);
        if (!ReferenceEquals(gk, gq))
        {
            Engine.Accumulate(k, gk);
        }

        if (!ReferenceEquals(gv, gq) && !ReferenceEquals(gv, gk))
        {
            Engine.Accumulate(v, gv);
        }
    }

    /// <summary>w[n] = Σ_h p[n·H + h] / H, heads added in order (as <see cref="FlashAttentionKernel.Weights"/> does).</summary>
    private static void AverageHeads(float[] p, Span<float> w, int n, int heads, int size)
    {
        for (var i = 0; i < n; i++)
        {
            var dst = w.Slice(i * size, size);
            p.AsSpan(i * heads * size, size).CopyTo(dst);
            for (var h = 1; h < heads; h++)
            {
                System.Numerics.Tensors.TensorPrimitives.Add(dst, p.AsSpan(((i * heads) + h) * size, size), dst);
            }

            System.Numerics.Tensors.TensorPrimitives.Multiply(dst, 1f / heads, dst);
        }
    }

    private static void Release(float[] lse, float[]? drop)
    {
        ArrayPool<float>.Shared.Return(lse);
        if (drop is not null)
        {
            ArrayPool<float>.Shared.Return(drop);
        }
    }
}
