// SPDX-License-Identifier: MIT
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace MedNet.Tensors.Kernels;

/// <summary>The two register-blocked Vector256 products of tiled attention, on head width padded to a multiple of eight.</summary>
/// <remarks>
/// <see cref="Panel"/>: t[i, j] = Σ_c a[i, c]·bt[c, j] (scores q·kᵀ and dout·vᵀ, with kᵀ and vᵀ packed column-major).
/// <see cref="Mix"/>: c[i, :] (+)= Σ_j t[i, j]·b[j, :] (P·v, dS·k, and Pᵀ·dout, dSᵀ·q on a transposed tile).
/// Each output is one chain of fused multiply-adds in a fixed order, so results depend only on the shapes.
/// </remarks>
internal static unsafe class AttentionTiles
{
    /// <summary>Rounds up to a multiple of eight (one Vector256 of floats).</summary>
    internal static int Pad8(int x) => (x + 7) & ~7;

    /// <summary>t[i·ldt + j] = Σ_c a[i·lda + c]·bt[c·ldb + j] for i &lt; rows, j &lt; cols (cols a multiple of 8), c &lt; depth.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Panel(float* a, int lda, float* bt, int ldb, float* t, int ldt, int rows, int cols, int depth)
    {
        var i = 0;
        for (; i + 2 <= rows; i += 2)
        {
            var a0 = a + (i * lda);
            var a1 = a0 + lda;
            var t0 = t + (i * ldt);
            var t1 = t0 + ldt;
            var j = 0;
            for (; j + 32 <= cols; j += 32)
            {
                Vector256<float> c00 = default, c01 = default, c02 = default, c03 = default;
                Vector256<float> c10 = default, c11 = default, c12 = default, c13 = default;
                var b = bt + j;
                for (var c = 0; c < depth; c++)
                {
                    var x0 = Vector256.Create(a0[c]);
                    var x1 = Vector256.Create(a1[c]);
                    var b0 = Vector256.Load(b);
                    var b1 = Vector256.Load(b + 8);
                    var b2 = Vector256.Load(b + 16);
                    var b3 = Vector256.Load(b + 24);
                    c00 = Vector256.FusedMultiplyAdd(x0, b0, c00);
                    c01 = Vector256.FusedMultiplyAdd(x0, b1, c01);
                    c02 = Vector256.FusedMultiplyAdd(x0, b2, c02);
                    c03 = Vector256.FusedMultiplyAdd(x0, b3, c03);
                    c10 = Vector256.FusedMultiplyAdd(x1, b0, c10);
                    c11 = Vector256.FusedMultiplyAdd(x1, b1, c11);
                    c12 = Vector256.FusedMultiplyAdd(x1, b2, c12);
                    c13 = Vector256.FusedMultiplyAdd(x1, b3, c13);
                    b += ldb;
                }

                c00.Store(t0 + j);
                c01.Store(t0 + j + 8);
                c02.Store(t0 + j + 16);
                c03.Store(t0 + j + 24);
                c10.Store(t1 + j);
                c11.Store(t1 + j + 8);
                c12.Store(t1 + j + 16);
                c13.Store(t1 + j + 24);
            }

            for (; j < cols; j += 8)
            {
                Vector256<float> c0 = default, c1 = default;
                var b = bt + j;
                for (var c = 0; c < depth; c++)
                {
                    var bv = Vector256.Load(b);
                    c0 = Vector256.FusedMultiplyAdd(Vector256.Create(a0[c]), bv, c0);
                    c1 = Vector256.FusedMultiplyAdd(Vector256.Create(a1[c]), bv, c1);
                    b += ldb;
                }

                c0.Store(t0 + j);
                c1.Store(t1 + j);
            }
        }

        if (i < rows)
        {
            var a0 = a + (i * lda);
            var t0 = t + (i * ldt);
            for (var j = 0; j < cols; j += 8)
            {
                var c0 = Vector256<float>.Zero;
                var b = bt + j;
                for (var c = 0; c < depth; c++)
                {
                    c0 = Vector256.FusedMultiplyAdd(Vector256.Create(a0[c]), Vector256.Load(b), c0);
                    b += ldb;
                }

                c0.Store(t0 + j);
            }
        }
    }

    /// <summary>c[i·ldc + :width] (+)= Σ_{j &lt; inner} t[i·ldt + j]·b[j·ldb + :width] for i &lt; rows; width a multiple of 8.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Mix(float* t, int ldt, float* b, int ldb, float* c, int ldc, int rows, int inner, int width, bool accumulate)
    {
        var i = 0;
        for (; i + 4 <= rows; i += 4)
        {
            var t0 = t + (i * ldt);
            var c0 = c + (i * ldc);
            for (var w = 0; w < width; w += 8)
            {
                var r0 = accumulate ? Vector256.Load(c0 + w) : default;
                var r1 = accumulate ? Vector256.Load(c0 + ldc + w) : default;
                var r2 = accumulate ? Vector256.Load(c0 + (2 * ldc) + w) : default;
                var r3 = accumulate ? Vector256.Load(c0 + (3 * ldc) + w) : default;
                if (w + 16 <= width)
                {
                    var s0 = accumulate ? Vector256.Load(c0 + w + 8) : default;
                    var s1 = accumulate ? Vector256.Load(c0 + ldc + w + 8) : default;
                    var s2 = accumulate ? Vector256.Load(c0 + (2 * ldc) + w + 8) : default;
                    var s3 = accumulate ? Vector256.Load(c0 + (3 * ldc) + w + 8) : default;
                    var bp = b + w;
                    for (var j = 0; j < inner; j++)
                    {
                        var b0 = Vector256.Load(bp);
                        var b1 = Vector256.Load(bp + 8);
                        var x = Vector256.Create(t0[j]);
                        r0 = Vector256.FusedMultiplyAdd(x, b0, r0);
                        s0 = Vector256.FusedMultiplyAdd(x, b1, s0);
                        x = Vector256.Create(t0[ldt + j]);
                        r1 = Vector256.FusedMultiplyAdd(x, b0, r1);
                        s1 = Vector256.FusedMultiplyAdd(x, b1, s1);
                        x = Vector256.Create(t0[(2 * ldt) + j]);
                        r2 = Vector256.FusedMultiplyAdd(x, b0, r2);
                        s2 = Vector256.FusedMultiplyAdd(x, b1, s2);
                        x = Vector256.Create(t0[(3 * ldt) + j]);
                        r3 = Vector256.FusedMultiplyAdd(x, b0, r3);
                        s3 = Vector256.FusedMultiplyAdd(x, b1, s3);
                        bp += ldb;
                    }

                    s0.Store(c0 + w + 8);
                    s1.Store(c0 + ldc + w + 8);
                    s2.Store(c0 + (2 * ldc) + w + 8);
                    s3.Store(c0 + (3 * ldc) + w + 8);
                    r0.Store(c0 + w);
                    r1.Store(c0 + ldc + w);
                    r2.Store(c0 + (2 * ldc) + w);
                    r3.Store(c0 + (3 * ldc) + w);
                    w += 8;
                    continue;
                }

                var q = b + w;
                for (var j = 0; j < inner; j++)
                {
                    var b0 = Vector256.Load(q);
                    r0 = Vector256.FusedMultiplyAdd(Vector256.Create(t0[j]), b0, r0);
                    r1 = Vector256.FusedMultiplyAdd(Vector256.Create(t0[ldt + j]), b0, r1);
                    r2 = Vector256.FusedMultiplyAdd(Vector256.Create(t0[(2 * ldt) + j]), b0, r2);
                    r3 = Vector256.FusedMultiplyAdd(Vector256.Create(t0[(3 * ldt) + j]), b0, r3);
                    q += ldb;
                }

                r0.Store(c0 + w);
                r1.Store(c0 + ldc + w);
                r2.Store(c0 + (2 * ldc) + w);
                r3.Store(c0 + (3 * ldc) + w);
            }
        }

        for (; i < rows; i++)
        {
            var t0 = t + (i * ldt);
            var c0 = c + (i * ldc);
            for (var w = 0; w < width; w += 8)
            {
                var r0 = accumulate ? Vector256.Load(c0 + w) : default;
                var q = b + w;
                for (var j = 0; j < inner; j++)
                {
                    r0 = Vector256.FusedMultiplyAdd(Vector256.Create(t0[j]), Vector256.Load(q), r0);
                    q += ldb;
                }

                r0.Store(c0 + w);
            }
        }
    }

    /// <summary>dst[j·ldd + i] = src[i·lds + j] for i &lt; rows, j &lt; cols.</summary>
    internal static void Transpose(float* src, int lds, float* dst, int ldd, int rows, int cols)
    {
        for (var i = 0; i < rows; i++)
        {
            var s = src + (i * lds);
            for (var j = 0; j < cols; j++)
            {
                dst[(j * ldd) + i] = s[j];
            }
        }
    }
}
