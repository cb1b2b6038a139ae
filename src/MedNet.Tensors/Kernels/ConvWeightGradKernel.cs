// SPDX-License-Identifier: MIT
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace MedNet.Tensors.Kernels;

/// <summary>Weight gradient of a stride-1 convolution without im2col or packing: dW[o, c·K + k] += Σ_n Σ_t g[n, o, t] · xpad[n, c, t + k·d].</summary>
/// <remarks>
/// Each sample's input is copied once into a zero-padded buffer, so every (c, k) row of the implicit column matrix is a
/// contiguous slice. A 4 × 3 register tile of dot products (12 Vector256 accumulators along t) then reads rows of g and
/// slices of xpad straight from cache. Output rows (o) are partitioned over threads; each thread adds the samples in order,
/// so results do not depend on the thread count.
/// </remarks>
internal static unsafe class ConvWeightGradKernel
{
    internal static bool Applies(Conv1dGeometry geo) => geo.Stride == 1 && Fma.IsSupported && Vector256.IsHardwareAccelerated;

    internal static void Run(Conv1dGeometry geo, ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dw, Span<float> db)
    {
        var (n, cin, l, lout, k, d, pl) = (geo.N, geo.Cin, geo.L, geo.Lout, geo.K, geo.Dilation, geo.PadLeft);
        var lp = lout + (d * (k - 1)); // padded length actually read
        // Disposed at the end (not left to the collector): padSpan is read until then, and an unreferenced tensor's array
        // could go back to the pool and to another tensor while this kernel still reads it.
        using var pad = Tensor.Empty([n, cin, lp]);
        var padSpan = pad.Span;
        for (var i = 0; i < n * cin; i++)
        {
            var dst = padSpan.Slice(i * lp, lp);
            dst.Clear();
            // xpad[u] = x[u − pl] for u − pl in [0, L).
            var lo = Math.Max(0, pl);
            var src0 = lo - pl;
            var len = Math.Min(lp - lo, l - src0);
            if (len > 0)
            {
                x.Slice((i * l) + src0, len).CopyTo(dst.Slice(lo, len));
            }
        }

        var (coutG, cg, rowsW) = (geo.CoutG, geo.Cg, geo.ColRows);
        fixed (float* pp = padSpan, pg = dy, pw = dw, pb = db)
        {
            var (ap, ag, aw, ab, wantW, wantB) = ((nint)pp, (nint)pg, (nint)pw, (nint)pb, !dw.IsEmpty, !db.IsEmpty);
            var oTiles = (geo.Cout + 3) / 4;
            Threading.For(oTiles, 2L * n * 4 * rowsW * lout, (t0, t1) =>
            {
                for (var i = 0; i < n; i++)
                {
                    for (var tile = t0; tile < t1; tile++)
                    {
                        var o0 = tile * 4;
                        var oRows = Math.Min(4, geo.Cout - o0);
                        var grp = o0 / coutG;
                        var gRow = (float*)ag + ((((long)i * geo.Cout) + o0) * lout);
                        if (wantB)
                        {
                            for (var r = 0; r < oRows; r++)
                            {
                                ((float*)ab)[o0 + r] += System.Numerics.Tensors.TensorPrimitives.Sum(new ReadOnlySpan<float>(gRow + (r * lout), lout));
                            }
                        }

                        if (!wantW)
                        {
                            continue;
                        }

                        var xBase = (float*)ap + ((((long)i * cin) + (grp * cg)) * lp);
                        if (oRows == 4 && (o0 + 3) / coutG == grp)
                        {
                            var j = 0;
                            for (; j + 3 <= rowsW; j += 3)
                            {
                                Tile4x3(gRow, lout, xBase, lp, k, d, j, (float*)aw + ((long)o0 * rowsW) + j, rowsW);
                            }

                            for (; j < rowsW; j++)
                            {
                                for (var r = 0; r < 4; r++)
                                {
                                    ((float*)aw)[((o0 + r) * rowsW) + j] += Dot(gRow + (r * lout), Row(xBase, lp, k, d, j), lout);
                                }
                            }
                        }
                        else
                        {
                            for (var r = 0; r < oRows; r++)
                            {
                                var g2 = (o0 + r) / coutG;
                                var xb = (float*)ap + ((((long)i * cin) + (g2 * cg)) * lp);
                                for (var j = 0; j < rowsW; j++)
                                {
                                    ((float*)aw)[((o0 + r) * rowsW) + j] += Dot(gRow + (r * lout), Row(xb, lp, k, d, j), lout);
                                }
                            }
                        }
                    }
                }
            });
        }

        pad.Dispose(); // a temporary of this call only: back to the pool at once, still in cache for the next rent
    }

    /// <summary>Row j = c·K + k of the implicit column matrix: xpad[c, k·d …].</summary>
    private static float* Row(float* xBase, int lp, int k, int d, int j) => xBase + ((long)(j / k) * lp) + ((j % k) * d);

    private static void Tile4x3(float* g, int lout, float* xBase, int lp, int k, int d, int j, float* w, int ldw)
    {
        float* b0 = Row(xBase, lp, k, d, j), b1 = Row(xBase, lp, k, d, j + 1), b2 = Row(xBase, lp, k, d, j + 2);
        float* a0 = g, a1 = g + lout, a2 = g + (2 * lout), a3 = g + (3 * lout);
        Vector256<float> c00 = default, c01 = default, c02 = default, c10 = default, c11 = default, c12 = default;
        Vector256<float> c20 = default, c21 = default, c22 = default, c30 = default, c31 = default, c32 = default;
        var t = 0;
        for (; t <= lout - 8; t += 8)
        {
            var v0 = Avx.LoadVector256(b0 + t);
            var v1 = Avx.LoadVector256(b1 + t);
            var v2 = Avx.LoadVector256(b2 + t);
            var a = Avx.LoadVector256(a0 + t);
            c00 = Fma.MultiplyAdd(a, v0, c00);
            c01 = Fma.MultiplyAdd(a, v1, c01);
            c02 = Fma.MultiplyAdd(a, v2, c02);
            a = Avx.LoadVector256(a1 + t);
            c10 = Fma.MultiplyAdd(a, v0, c10);
            c11 = Fma.MultiplyAdd(a, v1, c11);
            c12 = Fma.MultiplyAdd(a, v2, c12);
            a = Avx.LoadVector256(a2 + t);
            c20 = Fma.MultiplyAdd(a, v0, c20);
            c21 = Fma.MultiplyAdd(a, v1, c21);
            c22 = Fma.MultiplyAdd(a, v2, c22);
            a = Avx.LoadVector256(a3 + t);
            c30 = Fma.MultiplyAdd(a, v0, c30);
            c31 = Fma.MultiplyAdd(a, v1, c31);
            c32 = Fma.MultiplyAdd(a, v2, c32);
        }

        float s00 = Vector256.Sum(c00), s01 = Vector256.Sum(c01), s02 = Vector256.Sum(c02);
        float s10 = Vector256.Sum(c10), s11 = Vector256.Sum(c11), s12 = Vector256.Sum(c12);
        float s20 = Vector256.Sum(c20), s21 = Vector256.Sum(c21), s22 = Vector256.Sum(c22);
        float s30 = Vector256.Sum(c30), s31 = Vector256.Sum(c31), s32 = Vector256.Sum(c32);
        for (; t < lout; t++)
        {
            float x0 = b0[t], x1 = b1[t], x2 = b2[t];
            s00 += a0[t] * x0;
            s01 += a0[t] * x1;
            s02 += a0[t] * x2;
            s10 += a1[t] * x0;
            s11 += a1[t] * x1;
            s12 += a1[t] * x2;
            s20 += a2[t] * x0;
            s21 += a2[t] * x1;
            s22 += a2[t] * x2;
            s30 += a3[t] * x0;
            s31 += a3[t] * x1;
            s32 += a3[t] * x2;
        }

        w[0] += s00;
        w[1] += s01;
        w[2] += s02;
        w[ldw] += s10;
        w[ldw + 1] += s11;
        w[ldw + 2] += s12;
        w[2 * ldw] += s20;
        w[(2 * ldw) + 1] += s21;
        w[(2 * ldw) + 2] += s22;
        w[3 * ldw] += s30;
        w[(3 * ldw) + 1] += s31;
        w[(3 * ldw) + 2] += s32;
    }

    private static float Dot(float* a, float* b, int len) =>
        System.Numerics.Tensors.TensorPrimitives.Dot(new ReadOnlySpan<float>(a, len), new ReadOnlySpan<float>(b, len));
}
