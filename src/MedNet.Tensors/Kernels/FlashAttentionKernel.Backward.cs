// SPDX-License-Identifier: MIT
using System.Buffers;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace MedNet.Tensors.Kernels;

/// <summary>The backward of <see cref="FlashAttentionKernel"/>: scores recomputed tile by tile from the saved logsumexp.</summary>
internal static unsafe partial class FlashAttentionKernel
{
    /// <summary>
    /// Writes dq, dk, dv (same layouts as q, k, v, into separate buffers) from dout and the forward's output and lse.
    /// Only the head columns are written; the caller zeroes the gradient buffers when other columns must read 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Backward(AttentionArgs a, float* output, float* dout, HeadLayout lo, float* lse, float* dq, float* dk, float* dv)
    {
        var (po, pg, pl, pq, pk, pv) = ((nint)output, (nint)dout, (nint)lse, (nint)dq, (nint)dk, (nint)dv);
        Threading.For(a.B, 10L * a.L * a.S * a.Dp, (start, end) =>
            BackwardHeads(a, (float*)po, (float*)pg, lo, (float*)pl, (float*)pq, (float*)pk, (float*)pv, start, end));
    }

    private static void BackwardHeads(AttentionArgs a, float* output, float* dout, HeadLayout lo, float* lse, float* dq, float* dk, float* dv, int start, int end)
    {
        int l = a.L, s = a.S, d = a.D, dp = a.Dp, sp = AttentionTiles.Pad8(s);
        var size = (3 * dp * sp) + (3 * l * dp) + l + (2 * Bc * dp) + (4 * Br * Bc);
        var buf = ArrayPool<float>.Shared.Rent(size);
        fixed (float* pb = buf)
        {
            var kt = pb;
            var vt = kt + (dp * sp);
            var kr = vt + (dp * sp);
            var qs = kr + (dp * sp);
            var go = qs + (l * dp);
            var dqa = go + (l * dp);
            var dd = dqa + (l * dp);
            var dka = dd + l;
            var dva = dka + (Bc * dp);
            var pt = dva + (Bc * dp);
            var dpt = pt + (Br * Bc);
            var tt = dpt + (Br * Bc);
            var pmt = tt + (Br * Bc);
            for (var b = start; b < end; b++)
            {
                var kSrc = (float*)a.K + a.Lk.Start(b, a.Heads, d);
                PackTransposed(kSrc, a.Lk.RowStride, kt, s, d, dp, sp);
                PackRows(kSrc, a.Lk.RowStride, kr, s, d, dp, 1f);
                PackTransposed((float*)a.V + a.Lv.Start(b, a.Heads, d), a.Lv.RowStride, vt, s, d, dp, sp);
                PackRows((float*)a.Q + a.Lq.Start(b, a.Heads, d), a.Lq.RowStride, qs, l, d, dp, a.Scale);
                var oStart = lo.Start(b, a.Heads, d);
                PackRows(dout + oStart, lo.RowStride, go, l, d, dp, 1f);
                for (var i = 0; i < l; i++)
                {
                    dd[i] = TensorPrimitives.Dot(new ReadOnlySpan<float>(go + (i * dp), d), new ReadOnlySpan<float>(output + oStart + (i * lo.RowStride), d));
                }

                new Span<float>(dqa, l * dp).Clear();
                var lseHead = lse + ((long)b * l);
                for (var j0 = 0; j0 < s; j0 += Bc)
                {
                    var cols = Math.Min(Bc, s - j0);
                    new Span<float>(dka, cols * dp).Clear();
                    new Span<float>(dva, cols * dp).Clear();
                    for (var i0 = 0; i0 < l; i0 += Br)
                    {
                        var rows = Math.Min(Br, l - i0);
                        Probabilities(a, b, qs + (i0 * dp), kt + j0, sp, pt, i0, rows, j0, cols, lseHead + i0);
                        AttentionTiles.Panel(go + (i0 * dp), dp, vt + j0, sp, dpt, Bc, rows, AttentionTiles.Pad8(cols), dp);
                        var pm = pt;
                        if (a.Drop != 0)
                        {
                            // P ⊙ drop feeds dv; dP picks up the same scales.
                            pm = pmt;
                            for (var r = 0; r < rows; r++)
                            {
                                var drop = new ReadOnlySpan<float>((float*)a.Drop + ((((long)b * l) + i0 + r) * s) + j0, cols);
                                TensorPrimitives.Multiply(new ReadOnlySpan<float>(pt + (r * Bc), cols), drop, new Span<float>(pm + (r * Bc), cols));
                                var dpr = new Span<float>(dpt + (r * Bc), cols);
                                TensorPrimitives.Multiply(dpr, drop, dpr);
                            }
                        }

                        AttentionTiles.Transpose(pm, Bc, tt, Br, rows, cols);
                        AttentionTiles.Mix(tt, Br, go + (i0 * dp), dp, dva, dp, cols, rows, dp, accumulate: true);
                        for (var r = 0; r < rows; r++)
                        {
                            SoftmaxRows.SoftmaxGrad(dpt + (r * Bc), pt + (r * Bc), cols, dd[i0 + r]);
                        }

                        AttentionTiles.Mix(dpt, Bc, kr + (j0 * dp), dp, dqa + (i0 * dp), dp, rows, cols, dp, accumulate: true);
                        AttentionTiles.Transpose(dpt, Bc, tt, Br, rows, cols);
                        AttentionTiles.Mix(tt, Br, qs + (i0 * dp), dp, dka, dp, cols, rows, dp, accumulate: true);
                    }

                    Unpack(dka, dk + a.Lk.Start(b, a.Heads, d) + (j0 * a.Lk.RowStride), a.Lk.RowStride, cols, d, dp, 1f);
                    Unpack(dva, dv + a.Lv.Start(b, a.Heads, d) + (j0 * a.Lv.RowStride), a.Lv.RowStride, cols, d, dp, 1f);
                }

                Unpack(dqa, dq + a.Lq.Start(b, a.Heads, d), a.Lq.RowStride, l, d, dp, a.Scale);
            }
        }

        ArrayPool<float>.Shared.Return(buf);
    }

    /// <summary>tile[r, j] = e^(S[i0 + r, j0 + j] − lse[r]): the normalised probabilities of a rows × cols tile.</summary>
    private static void Probabilities(AttentionArgs a, int b, float* qb, float* kt, int ldk, float* tile, int i0, int rows, int j0, int cols, float* lse)
    {
        Scores(a, b, qb, kt, ldk, tile, i0, rows, j0, cols);
        for (var r = 0; r < rows; r++)
        {
            SoftmaxRows.ExpShiftSum(tile + (r * Bc), cols, lse[r]);
        }
    }

    /// <summary>dst[j·rs + c] = scale·src[j·dp + c] for j &lt; rows, c &lt; d.</summary>
    private static void Unpack(float* src, float* dst, long rs, int rows, int d, int dp, float scale)
    {
        for (var j = 0; j < rows; j++)
        {
            var from = new ReadOnlySpan<float>(src + (j * dp), d);
            var to = new Span<float>(dst + (j * rs), d);
            if (scale == 1f)
            {
                from.CopyTo(to);
            }
            else
            {
                TensorPrimitives.Multiply(from, scale, to);
            }
        }
    }
}
