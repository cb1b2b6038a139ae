// SPDX-License-Identifier: MIT
using System.Buffers;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace MedNet.Tensors.Kernels;

/// <summary>The attention weights P = softmax(S) of <see cref="FlashAttentionKernel"/> written out in full, and their backward.</summary>
/// <remarks>
/// Returning the weights needs O(N·L·S) memory by definition; the tiles are recomputed from the forward's logsumexp, so
/// only the returned tensor itself is that large. Weights (N, L, S) averaged over heads are Σ_h P_h / H (heads summed in
/// order 0 … H − 1 by one thread per sample); per-head weights are (N, H, L, S). Backward of the weights alone:
/// dP_h = g (per head) or g / H (averaged), D_i = Σ_j P_ij·dP_ij, dS = P ⊙ (dP − D), dq = scale·dS·k, dk = scale·dSᵀ·q.
/// </remarks>
internal static unsafe partial class FlashAttentionKernel
{
    /// <summary>Writes the weights from the saved lse: (N, L, S) when <paramref name="average"/>, else (N, H, L, S).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Weights(AttentionArgs a, float* lse, bool average, float* weights)
    {
        var (pl, pw) = ((nint)lse, (nint)weights);
        Threading.For(a.N, 2L * a.Heads * a.L * a.S * a.Dp, (start, end) => WeightsSamples(a, (float*)pl, average, (float*)pw, start, end));
    }

    /// <summary>Writes dq and dk (layouts of q and k, into zeroed buffers) from the weights' gradient g, shaped as <see cref="Weights"/> wrote them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void WeightsBackward(AttentionArgs a, float* g, bool average, float* dq, float* dk)
    {
        var (pg, pq, pk) = ((nint)g, (nint)dq, (nint)dk);
        Threading.For(a.B, 8L * a.L * a.S * a.Dp, (start, end) => WeightsBackwardHeads(a, (float*)pg, average, (float*)pq, (float*)pk, start, end));
    }

    private static void WeightsSamples(AttentionArgs a, float* lse, bool average, float* weights, int start, int end)
    {
        int l = a.L, s = a.S, d = a.D, dp = a.Dp, sp = AttentionTiles.Pad8(s);
        var buf = ArrayPool<float>.Shared.Rent((dp * sp) + (Br * dp) + (Br * Bc));
        fixed (float* pb = buf)
        {
            var kt = pb;
            var qb = kt + (dp * sp);
            var tile = qb + (Br * dp);
            for (var n = start; n < end; n++)
            {
                for (var h = 0; h < a.Heads; h++)
                {
                    var b = (n * a.Heads) + h;
                    PackTransposed((float*)a.K + a.Lk.Start(b, a.Heads, d), a.Lk.RowStride, kt, s, d, dp, sp);
                    var q = (float*)a.Q + a.Lq.Start(b, a.Heads, d);
                    var w = weights + ((long)(average ? n : b) * l * s);
                    for (var i0 = 0; i0 < l; i0 += Br)
                    {
                        var rows = Math.Min(Br, l - i0);
                        PackRows(q + (i0 * a.Lq.RowStride), a.Lq.RowStride, qb, rows, d, dp, a.Scale);
                        for (var j0 = 0; j0 < s; j0 += Bc)
                        {
                            var cols = Math.Min(Bc, s - j0);
                            Probabilities(a, b, qb, kt + j0, sp, tile, i0, rows, j0, cols, lse + ((long)b * l) + i0);
                            for (var r = 0; r < rows; r++)
                            {
                                var p = new ReadOnlySpan<float>(tile + (r * Bc), cols);
                                var dst = new Span<float>(w + ((long)(i0 + r) * s) + j0, cols);
                                if (average && h > 0)
                                {
                                    TensorPrimitives.Add(dst, p, dst);
                                }
                                else
                                {
                                    p.CopyTo(dst);
                                }
                            }
                        }
                    }
                }

                if (average)
                {
                    var wn = new Span<float>(weights + ((long)n * l * s), l * s);
                    TensorPrimitives.Multiply(wn, 1f / a.Heads, wn);
                }
            }
        }

        ArrayPool<float>.Shared.Return(buf);
    }

    private static void WeightsBackwardHeads(AttentionArgs a, float* g, bool average, float* dq, float* dk, int start, int end)
    {
        int l = a.L, s = a.S, d = a.D, dp = a.Dp, sp = AttentionTiles.Pad8(s);
        var factor = average ? 1f / a.Heads : 1f;
        var size = (2 * dp * sp) + (2 * l * dp) + (2 * l) + (Bc * dp) + (3 * Br * Bc);
        var buf = ArrayPool<float>.Shared.Rent(size);
        fixed (float* pb = buf)
        {
            var kt = pb;
            var kr = kt + (dp * sp);
            var qs = kr + (dp * sp);
            var dqa = qs + (l * dp);
            var lse = dqa + (l * dp);
            var dd = lse + l;
            var dka = dd + l;
            var pt = dka + (Bc * dp);
            var dpt = pt + (Br * Bc);
            var tt = dpt + (Br * Bc);
            for (var b = start; b < end; b++)
            {
                var kSrc = (float*)a.K + a.Lk.Start(b, a.Heads, d);
                PackTransposed(kSrc, a.Lk.RowStride, kt, s, d, dp, sp);
                PackRows(kSrc, a.Lk.RowStride, kr, s, d, dp, 1f);
                PackRows((float*)a.Q + a.Lq.Start(b, a.Heads, d), a.Lq.RowStride, qs, l, d, dp, a.Scale);
                var gHead = g + ((long)(average ? b / a.Heads : b) * l * s);
                LogSumExp(a, b, qs, kt, sp, pt, lse);
                new Span<float>(dd, l).Clear();
                for (var i0 = 0; i0 < l; i0 += Br)
                {
                    var rows = Math.Min(Br, l - i0);
                    for (var j0 = 0; j0 < s; j0 += Bc)
                    {
                        var cols = Math.Min(Bc, s - j0);
                        Probabilities(a, b, qs + (i0 * dp), kt + j0, sp, pt, i0, rows, j0, cols, lse + i0);
                        for (var r = 0; r < rows; r++)
                        {
                            dd[i0 + r] += factor * TensorPrimitives.Dot(new ReadOnlySpan<float>(pt + (r * Bc), cols), new ReadOnlySpan<float>(gHead + ((long)(i0 + r) * s) + j0, cols));
                        }
                    }
                }

                new Span<float>(dqa, l * dp).Clear();
                for (var j0 = 0; j0 < s; j0 += Bc)
                {
                    var cols = Math.Min(Bc, s - j0);
                    new Span<float>(dka, cols * dp).Clear();
                    for (var i0 = 0; i0 < l; i0 += Br)
                    {
                        var rows = Math.Min(Br, l - i0);
                        Probabilities(a, b, qs + (i0 * dp), kt + j0, sp, pt, i0, rows, j0, cols, lse + i0);
                        for (var r = 0; r < rows; r++)
                        {
                            var dpr = new Span<float>(dpt + (r * Bc), cols);
                            TensorPrimitives.Multiply(new ReadOnlySpan<float>(gHead + ((long)(i0 + r) * s) + j0, cols), factor, dpr);
                            TensorPrimitives.Subtract(dpr, dd[i0 + r], dpr);
                            TensorPrimitives.Multiply(dpr, new ReadOnlySpan<float>(pt + (r * Bc), cols), dpr);
                        }

                        AttentionTiles.Mix(dpt, Bc, kr + (j0 * dp), dp, dqa + (i0 * dp), dp, rows, cols, dp, accumulate: true);
                        AttentionTiles.Transpose(dpt, Bc, tt, Br, rows, cols);
                        AttentionTiles.Mix(tt, Br, qs + (i0 * dp), dp, dka, dp, cols, rows, dp, accumulate: true);
                    }

                    Unpack(dka, dk + a.Lk.Start(b, a.Heads, d) + (j0 * a.Lk.RowStride), a.Lk.RowStride, cols, d, dp, 1f);
                }

                Unpack(dqa, dq + a.Lq.Start(b, a.Heads, d), a.Lq.RowStride, l, d, dp, a.Scale);
            }
        }

        ArrayPool<float>.Shared.Return(buf);
    }

    /// <summary>lse[i] = log Σ_j e^(S_ij) of one head (packed scaled queries qs (L, Dp)), by the forward's online max and sum.</summary>
    private static void LogSumExp(AttentionArgs a, int b, float* qs, float* kt, int ldk, float* tile, float* lse)
    {
        var sums = stackalloc float[Br];
        for (var i0 = 0; i0 < a.L; i0 += Br)
        {
            var rows = Math.Min(Br, a.L - i0);
            for (var r = 0; r < rows; r++)
            {
                lse[i0 + r] = float.NegativeInfinity;
            }

            new Span<float>(sums, Br).Clear();
            for (var j0 = 0; j0 < a.S; j0 += Bc)
            {
                var cols = Math.Min(Bc, a.S - j0);
                Scores(a, b, qs + (i0 * a.Dp), kt + j0, ldk, tile, i0, rows, j0, cols);
                for (var r = 0; r < rows; r++)
                {
                    var mOld = lse[i0 + r];
                    var mNew = MathF.Max(mOld, SoftmaxRows.Max(tile + (r * Bc), cols));
                    if (float.IsNegativeInfinity(mNew))
                    {
                        continue;
                    }

                    sums[r] = (sums[r] * MathF.Exp(mOld - mNew)) + SoftmaxRows.ExpShiftSum(tile + (r * Bc), cols, mNew);
                    lse[i0 + r] = mNew;
                }
            }

            for (var r = 0; r < rows; r++)
            {
                lse[i0 + r] += MathF.Log(sums[r]);
            }
        }
    }
}
