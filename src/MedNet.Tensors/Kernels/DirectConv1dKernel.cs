// SPDX-License-Identifier: MIT
using System.Buffers;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace MedNet.Tensors.Kernels;

/// <summary>Dense stride-1 1-D convolution (one group) computed directly, without im2col or GEMM packing.</summary>
/// <remarks>
/// Forward: y[n, o, t] = b[o] + Σ_c Σ_k w[o, c, k] · xpad[n, c, t + k·d], xpad = x shifted right by the left padding and
/// zero-filled, copied once per sample into a per-thread buffer so every (c, k) slice is contiguous. A 4 output rows ×
/// 24 time steps register tile (12 Vector256 accumulators, fused multiply-add in the fixed order c, then k) reads the
/// weights as broadcasts. Input gradient: dx[n, c, s] = Σ_o Σ_k w[o, c, K−1−k] · dypad[n, o, s + k·d] with
/// dypad = dy shifted right by d·(K−1) − pl, i.e. the same kernel on dy with the weight transposed and flipped.
/// Samples are partitioned over threads and every output is written by one thread in one fixed order, so results do not
/// depend on the thread count.
/// </remarks>
internal static unsafe class DirectConv1dKernel
{
    internal static bool Applies(Conv1dGeometry geo) =>
        geo.Stride == 1 && geo.Groups == 1 && geo.K > 1 && Fma.IsSupported && Vector256.IsHardwareAccelerated;

    internal static void Forward(Conv1dGeometry geo, ReadOnlySpan<float> x, ReadOnlySpan<float> w, ReadOnlySpan<float> bias, Span<float> y)
    {
        fixed (float* px = x, pw = w, pb = bias, py = y)
        {
            Run(px, geo.N, geo.Cin, geo.L, geo.PadLeft, pw, geo.Cout, geo.K, geo.Dilation, bias.IsEmpty ? null : pb, py, geo.Lout);
        }
    }

    /// <summary>dx = the transposed convolution of dy (overwrites dx).</summary>
    internal static void BackwardInput(Conv1dGeometry geo, ReadOnlySpan<float> dy, ReadOnlySpan<float> w, Span<float> dx)
    {
        var (cin, cout, k) = (geo.Cin, geo.Cout, geo.K);
        var wt = ArrayPool<float>.Shared.Rent(cin * cout * k);
        try
        {
            // wt[c, o, K−1−k] = w[o, c, k].
            for (var o = 0; o < cout; o++)
            {
                for (var c = 0; c < cin; c++)
                {
                    for (var j = 0; j < k; j++)
                    {
                        wt[(((c * cout) + o) * k) + (k - 1 - j)] = w[(((o * cin) + c) * k) + j];
                    }
                }
            }

            fixed (float* pdy = dy, pwt = wt, pdx = dx)
            {
                Run(pdy, geo.N, cout, geo.Lout, (geo.Dilation * (k - 1)) - geo.PadLeft, pwt, cin, k, geo.Dilation, null, pdx, geo.L);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(wt);
        }
    }

    /// <summary>y (N, co, lo) = conv of x (N, ci, li) shifted right by <paramref name="pad"/> with w (co, ci, k), dilation d.</summary>
    private static void Run(float* x, int n, int ci, int li, int pad, float* w, int co, int k, int d, float* bias, float* y, int lo)
    {
        var lp = lo + (d * (k - 1));
        var (ax, aw, ab, ay) = ((nint)x, (nint)w, (nint)bias, (nint)y);
        Threading.For(n, 2L * co * ci * k * lo, (s0, s1) =>
        {
            var buf = ArrayPool<float>.Shared.Rent(ci * lp);
            try
            {
                fixed (float* xp = buf)
                {
                    for (var s = s0; s < s1; s++)
                    {
                        Pad((float*)ax + ((long)s * ci * li), ci, li, pad, xp, lp);
                        Sample(xp, lp, ci, (float*)aw, co, k, d, (float*)ab, (float*)ay + ((long)s * co * lo), lo);
                    }
                }
            }
            finally
            {
                ArrayPool<float>.Shared.Return(buf);
            }
        });
    }

    /// <summary>xp[c, u] = x[c, u − pad] for u − pad in [0, li), else 0.</summary>
    private static void Pad(float* x, int ci, int li, int pad, float* xp, int lp)
    {
        var lo = Math.Max(0, pad);
        var src0 = lo - pad;
        var len = Math.Min(lp - lo, li - src0);
        for (var c = 0; c < ci; c++)
        {
            var dst = new Span<float>(xp + ((long)c * lp), lp);
            dst.Clear();
            if (len > 0)
            {
                new ReadOnlySpan<float>(x + ((long)c * li) + src0, len).CopyTo(dst.Slice(lo, len));
            }
        }
    }

    private static void Sample(float* xp, int lp, int ci, float* w, int co, int k, int d, float* bias, float* y, int lo)
    {
        var rows = ci * k;
        var o = 0;
        for (; o + 4 <= co; o += 4)
        {
            var t = 0;
            for (; t + 24 <= lo; t += 24)
            {
                Tile4x24(xp + t, lp, ci, k, d, w + ((long)o * rows), rows, bias == null ? null : bias + o, y + ((long)o * lo) + t, lo);
            }

            for (var r = 0; r < 4; r++)
            {
                RowTail(xp, lp, ci, k, d, w + ((long)(o + r) * rows), bias == null ? 0f : bias[o + r], y + ((long)(o + r) * lo), t, lo);
            }
        }

        for (; o < co; o++)
        {
            RowTail(xp, lp, ci, k, d, w + ((long)o * rows), bias == null ? 0f : bias[o], y + ((long)o * lo), 0, lo);
        }
    }

    private static void Tile4x24(float* xp, int lp, int ci, int k, int d, float* w, int rows, float* bias, float* y, int lo)
    {
        Vector256<float> b0 = Vector256<float>.Zero, b1 = b0, b2 = b0, b3 = b0;
        if (bias != null)
        {
            (b0, b1, b2, b3) = (Vector256.Create(bias[0]), Vector256.Create(bias[1]), Vector256.Create(bias[2]), Vector256.Create(bias[3]));
        }

        Vector256<float> c00 = b0, c01 = b0, c02 = b0, c10 = b1, c11 = b1, c12 = b1;
        Vector256<float> c20 = b2, c21 = b2, c22 = b2, c30 = b3, c31 = b3, c32 = b3;
        float* w0 = w, w1 = w + rows, w2 = w + (2 * rows), w3 = w + (3 * rows);
        for (var c = 0; c < ci; c++)
        {
            var xc = xp + ((long)c * lp);
            for (var j = 0; j < k; j++)
            {
                var src = xc + (j * d);
                var v0 = Avx.LoadVector256(src);
                var v1 = Avx.LoadVector256(src + 8);
                var v2 = Avx.LoadVector256(src + 16);
                var idx = (c * k) + j;
                var a = Vector256.Create(w0[idx]);
                c00 = Fma.MultiplyAdd(a, v0, c00);
                c01 = Fma.MultiplyAdd(a, v1, c01);
                c02 = Fma.MultiplyAdd(a, v2, c02);
                a = Vector256.Create(w1[idx]);
                c10 = Fma.MultiplyAdd(a, v0, c10);
                c11 = Fma.MultiplyAdd(a, v1, c11);
                c12 = Fma.MultiplyAdd(a, v2, c12);
                a = Vector256.Create(w2[idx]);
                c20 = Fma.MultiplyAdd(a, v0, c20);
                c21 = Fma.MultiplyAdd(a, v1, c21);
                c22 = Fma.MultiplyAdd(a, v2, c22);
                a = Vector256.Create(w3[idx]);
                c30 = Fma.MultiplyAdd(a, v0, c30);
                c31 = Fma.MultiplyAdd(a, v1, c31);
                c32 = Fma.MultiplyAdd(a, v2, c32);
            }
        }

        Avx.Store(y, c00);
        Avx.Store(y + 8, c01);
        Avx.Store(y + 16, c02);
        Avx.Store(y + lo, c10);
        Avx.Store(y + lo + 8, c11);
        Avx.Store(y + lo + 16, c12);
        Avx.Store(y + (2 * lo), c20);
        Avx.Store(y + (2 * lo) + 8, c21);
        Avx.Store(y + (2 * lo) + 16, c22);
        Avx.Store(y + (3 * lo), c30);
        Avx.Store(y + (3 * lo) + 8, c31);
        Avx.Store(y + (3 * lo) + 16, c32);
    }

    /// <summary>One output row from <paramref name="t0"/> to the end: 8-wide vectors, then scalars (same fused operations in the same order).</summary>
    private static void RowTail(float* xp, int lp, int ci, int k, int d, float* w, float bias, float* y, int t0, int lo)
    {
        var t = t0;
        for (; t + 8 <= lo; t += 8)
        {
            var acc = Vector256.Create(bias);
            for (var c = 0; c < ci; c++)
            {
                var xc = xp + ((long)c * lp) + t;
                for (var j = 0; j < k; j++)
                {
                    acc = Fma.MultiplyAdd(Vector256.Create(w[(c * k) + j]), Avx.LoadVector256(xc + (j * d)), acc);
                }
            }

            Avx.Store(y + t, acc);
        }

        for (; t < lo; t++)
        {
            var acc = bias;
            for (var c = 0; c < ci; c++)
            {
                var xc = xp + ((long)c * lp) + t;
                for (var j = 0; j < k; j++)
                {
                    acc = MathF.FusedMultiplyAdd(w[(c * k) + j], xc[j * d], acc);
                }
            }

            y[t] = acc;
        }
    }
}
