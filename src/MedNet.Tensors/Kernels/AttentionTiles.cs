// SPDX-License-Identifier: MIT
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace MedNet.Tensors.Kernels;

/// <summary>The two register-blocked Vector256 products of tiled attention, on head width padded to a multiple of eight.</summary>
/// <remarks>
/// <see cref="Panel"/>: t[i, j] = Σ_c a[i, c]·bt[c, j] (scores q·kᵀ and dout·vᵀ, with kᵀ and vᵀ packed column-major).
/// <see cref="Mix"/>: c[i, :] (+)= Σ_j t[i, j]·b[j, :] (P·v, dS·k, and Pᵀ·dout, dSᵀ·q on a transposed tile).
/// Each output is one chain of fused multiply-adds in a fixed order (depth or inner index ascending, from zero or from
/// the accumulated value), so results depend only on the shapes, not on the register blocking.
/// </remarks>
internal static unsafe class AttentionTiles
{
    /// <summary>Rounds up to a multiple of eight (one Vector256 of floats).</summary>
    internal static int Pad8(int x) => (x + 7) & ~7;

    /// <summary>t[i·ldt + j] = Σ_c a[i·lda + c]·bt[c·ldb + j] for i &lt; rows, j &lt; cols (cols a multiple of 8), c &lt; depth.</summary>
    /// <remarks>
    /// Blocks of 4 rows × 32 columns (16 accumulators) where AVX-512 gives 32 vector registers, else 4 × 24 (12
    /// accumulators, 7 loads per 12 FMAs; fits the 16 AVX2 registers), then 4 × 8, then single rows.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Panel(float* a, int lda, float* bt, int ldb, float* t, int ldt, int rows, int cols, int depth)
    {
        var i = 0;
        for (; i + 4 <= rows; i += 4)
        {
            var a0 = a + (i * lda);
            var t0 = t + (i * ldt);
            var j = 0;
            if (Avx512F.VL.IsSupported)
            {
                // 32 vector registers: 16 accumulators, 8 loads per 16 FMAs, no column remainder for 128-key tiles.
                for (; j + 32 <= cols; j += 32)
                {
                    Panel4x4(a0, lda, bt + j, ldb, t0 + j, ldt, depth);
                }
            }

            for (; j + 24 <= cols; j += 24)
            {
                Panel4x3(a0, lda, bt + j, ldb, t0 + j, ldt, depth);
            }

            for (; j < cols; j += 8)
            {
                Panel4x1(a0, lda, bt + j, ldb, t0 + j, ldt, depth);
            }
        }

        for (; i < rows; i++)
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
    /// <remarks>
    /// Blocks of 4 rows × 48 columns (24 accumulators) where AVX-512 gives 32 vector registers, else 4 × 24 (12
    /// accumulators), then 4 × 8, then single rows; each output one FMA chain over j in order.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Mix(float* t, int ldt, float* b, int ldb, float* c, int ldc, int rows, int inner, int width, bool accumulate)
    {
        var i = 0;
        for (; i + 4 <= rows; i += 4)
        {
            var t0 = t + (i * ldt);
            var c0 = c + (i * ldc);
            var w = 0;
            if (Avx512F.VL.IsSupported)
            {
                // 32 vector registers: 24 accumulators, each row of t read once per 48 columns.
                for (; w + 48 <= width; w += 48)
                {
                    Mix4x6(t0, ldt, b + w, ldb, c0 + w, ldc, inner, accumulate);
                }
            }

            for (; w + 24 <= width; w += 24)
            {
                Mix4x3(t0, ldt, b + w, ldb, c0 + w, ldc, inner, accumulate);
            }

            for (; w < width; w += 8)
            {
                var r0 = accumulate ? Vector256.Load(c0 + w) : default;
                var r1 = accumulate ? Vector256.Load(c0 + ldc + w) : default;
                var r2 = accumulate ? Vector256.Load(c0 + (2 * ldc) + w) : default;
                var r3 = accumulate ? Vector256.Load(c0 + (3 * ldc) + w) : default;
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

    /// <summary>4 rows × 24 columns of <see cref="Panel"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Panel4x3(float* a0, int lda, float* b, int ldb, float* t0, int ldt, int depth)
    {
        var a1 = a0 + lda;
        var a2 = a1 + lda;
        var a3 = a2 + lda;
        Vector256<float> c00 = default, c01 = default, c02 = default, c10 = default, c11 = default, c12 = default;
        Vector256<float> c20 = default, c21 = default, c22 = default, c30 = default, c31 = default, c32 = default;
        for (var c = 0; c < depth; c++)
        {
            var b0 = Vector256.Load(b);
            var b1 = Vector256.Load(b + 8);
            var b2 = Vector256.Load(b + 16);
            var x = Vector256.Create(a0[c]);
            c00 = Vector256.FusedMultiplyAdd(x, b0, c00);
            c01 = Vector256.FusedMultiplyAdd(x, b1, c01);
            c02 = Vector256.FusedMultiplyAdd(x, b2, c02);
            x = Vector256.Create(a1[c]);
            c10 = Vector256.FusedMultiplyAdd(x, b0, c10);
            c11 = Vector256.FusedMultiplyAdd(x, b1, c11);
            c12 = Vector256.FusedMultiplyAdd(x, b2, c12);
            x = Vector256.Create(a2[c]);
            c20 = Vector256.FusedMultiplyAdd(x, b0, c20);
            c21 = Vector256.FusedMultiplyAdd(x, b1, c21);
            c22 = Vector256.FusedMultiplyAdd(x, b2, c22);
            x = Vector256.Create(a3[c]);
            c30 = Vector256.FusedMultiplyAdd(x, b0, c30);
            c31 = Vector256.FusedMultiplyAdd(x, b1, c31);
            c32 = Vector256.FusedMultiplyAdd(x, b2, c32);
            b += ldb;
        }

        c00.Store(t0);
        c01.Store(t0 + 8);
        c02.Store(t0 + 16);
        t0 += ldt;
        c10.Store(t0);
        c11.Store(t0 + 8);
        c12.Store(t0 + 16);
        t0 += ldt;
        c20.Store(t0);
        c21.Store(t0 + 8);
        c22.Store(t0 + 16);
        t0 += ldt;
        c30.Store(t0);
        c31.Store(t0 + 8);
        c32.Store(t0 + 16);
    }

    /// <summary>4 rows × 32 columns of <see cref="Panel"/> (for machines with 32 vector registers).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Panel4x4(float* a0, int lda, float* b, int ldb, float* t0, int ldt, int depth)
    {
        var a1 = a0 + lda;
        var a2 = a1 + lda;
        var a3 = a2 + lda;
        Vector256<float> c00 = default, c01 = default, c02 = default, c03 = default, c10 = default, c11 = default, c12 = default, c13 = default;
        Vector256<float> c20 = default, c21 = default, c22 = default, c23 = default, c30 = default, c31 = default, c32 = default, c33 = default;
        for (var c = 0; c < depth; c++)
        {
            var b0 = Vector256.Load(b);
            var b1 = Vector256.Load(b + 8);
            var b2 = Vector256.Load(b + 16);
            var b3 = Vector256.Load(b + 24);
            var x = Vector256.Create(a0[c]);
            c00 = Vector256.FusedMultiplyAdd(x, b0, c00);
            c01 = Vector256.FusedMultiplyAdd(x, b1, c01);
            c02 = Vector256.FusedMultiplyAdd(x, b2, c02);
            c03 = Vector256.FusedMultiplyAdd(x, b3, c03);
            x = Vector256.Create(a1[c]);
            c10 = Vector256.FusedMultiplyAdd(x, b0, c10);
            c11 = Vector256.FusedMultiplyAdd(x, b1, c11);
            c12 = Vector256.FusedMultiplyAdd(x, b2, c12);
            c13 = Vector256.FusedMultiplyAdd(x, b3, c13);
            x = Vector256.Create(a2[c]);
            c20 = Vector256.FusedMultiplyAdd(x, b0, c20);
            c21 = Vector256.FusedMultiplyAdd(x, b1, c21);
            c22 = Vector256.FusedMultiplyAdd(x, b2, c22);
            c23 = Vector256.FusedMultiplyAdd(x, b3, c23);
            x = Vector256.Create(a3[c]);
            c30 = Vector256.FusedMultiplyAdd(x, b0, c30);
            c31 = Vector256.FusedMultiplyAdd(x, b1, c31);
            c32 = Vector256.FusedMultiplyAdd(x, b2, c32);
            c33 = Vector256.FusedMultiplyAdd(x, b3, c33);
            b += ldb;
        }

        c00.Store(t0);
        c01.Store(t0 + 8);
        c02.Store(t0 + 16);
        c03.Store(t0 + 24);
        t0 += ldt;
        c10.Store(t0);
        c11.Store(t0 + 8);
        c12.Store(t0 + 16);
        c13.Store(t0 + 24);
        t0 += ldt;
        c20.Store(t0);
        c21.Store(t0 + 8);
        c22.Store(t0 + 16);
        c23.Store(t0 + 24);
        t0 += ldt;
        c30.Store(t0);
        c31.Store(t0 + 8);
        c32.Store(t0 + 16);
        c33.Store(t0 + 24);
    }

    /// <summary>4 rows × 8 columns of <see cref="Panel"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Panel4x1(float* a0, int lda, float* b, int ldb, float* t0, int ldt, int depth)
    {
        var a1 = a0 + lda;
        var a2 = a1 + lda;
        var a3 = a2 + lda;
        Vector256<float> c0 = default, c1 = default, c2 = default, c3 = default;
        for (var c = 0; c < depth; c++)
        {
            var bv = Vector256.Load(b);
            c0 = Vector256.FusedMultiplyAdd(Vector256.Create(a0[c]), bv, c0);
            c1 = Vector256.FusedMultiplyAdd(Vector256.Create(a1[c]), bv, c1);
            c2 = Vector256.FusedMultiplyAdd(Vector256.Create(a2[c]), bv, c2);
            c3 = Vector256.FusedMultiplyAdd(Vector256.Create(a3[c]), bv, c3);
            b += ldb;
        }

        c0.Store(t0);
        c1.Store(t0 + ldt);
        c2.Store(t0 + (2 * ldt));
        c3.Store(t0 + (3 * ldt));
    }

    /// <summary>4 rows × 48 columns of <see cref="Mix"/> (for machines with 32 vector registers).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Mix4x6(float* t0, int ldt, float* b, int ldb, float* c0, int ldc, int inner, bool accumulate)
    {
        var t1 = t0 + ldt;
        var t2 = t1 + ldt;
        var t3 = t2 + ldt;
        var c1 = c0 + ldc;
        var c2 = c1 + ldc;
        var c3 = c2 + ldc;
        Vector256<float> r00 = default, r01 = default, r02 = default, r03 = default, r04 = default, r05 = default;
        Vector256<float> r10 = default, r11 = default, r12 = default, r13 = default, r14 = default, r15 = default;
        Vector256<float> r20 = default, r21 = default, r22 = default, r23 = default, r24 = default, r25 = default;
        Vector256<float> r30 = default, r31 = default, r32 = default, r33 = default, r34 = default, r35 = default;
        if (accumulate)
        {
            (r00, r01, r02) = (Vector256.Load(c0), Vector256.Load(c0 + 8), Vector256.Load(c0 + 16));
            (r03, r04, r05) = (Vector256.Load(c0 + 24), Vector256.Load(c0 + 32), Vector256.Load(c0 + 40));
            (r10, r11, r12) = (Vector256.Load(c1), Vector256.Load(c1 + 8), Vector256.Load(c1 + 16));
            (r13, r14, r15) = (Vector256.Load(c1 + 24), Vector256.Load(c1 + 32), Vector256.Load(c1 + 40));
            (r20, r21, r22) = (Vector256.Load(c2), Vector256.Load(c2 + 8), Vector256.Load(c2 + 16));
            (r23, r24, r25) = (Vector256.Load(c2 + 24), Vector256.Load(c2 + 32), Vector256.Load(c2 + 40));
            (r30, r31, r32) = (Vector256.Load(c3), Vector256.Load(c3 + 8), Vector256.Load(c3 + 16));
            (r33, r34, r35) = (Vector256.Load(c3 + 24), Vector256.Load(c3 + 32), Vector256.Load(c3 + 40));
        }

        for (var j = 0; j < inner; j++)
        {
            var b0 = Vector256.Load(b);
            var b1 = Vector256.Load(b + 8);
            var b2 = Vector256.Load(b + 16);
            var b3 = Vector256.Load(b + 24);
            var b4 = Vector256.Load(b + 32);
            var b5 = Vector256.Load(b + 40);
            var x = Vector256.Create(t0[j]);
            r00 = Vector256.FusedMultiplyAdd(x, b0, r00);
            r01 = Vector256.FusedMultiplyAdd(x, b1, r01);
            r02 = Vector256.FusedMultiplyAdd(x, b2, r02);
            r03 = Vector256.FusedMultiplyAdd(x, b3, r03);
            r04 = Vector256.FusedMultiplyAdd(x, b4, r04);
            r05 = Vector256.FusedMultiplyAdd(x, b5, r05);
            x = Vector256.Create(t1[j]);
            r10 = Vector256.FusedMultiplyAdd(x, b0, r10);
            r11 = Vector256.FusedMultiplyAdd(x, b1, r11);
            r12 = Vector256.FusedMultiplyAdd(x, b2, r12);
            r13 = Vector256.FusedMultiplyAdd(x, b3, r13);
            r14 = Vector256.FusedMultiplyAdd(x, b4, r14);
            r15 = Vector256.FusedMultiplyAdd(x, b5, r15);
            x = Vector256.Create(t2[j]);
            r20 = Vector256.FusedMultiplyAdd(x, b0, r20);
            r21 = Vector256.FusedMultiplyAdd(x, b1, r21);
            r22 = Vector256.FusedMultiplyAdd(x, b2, r22);
            r23 = Vector256.FusedMultiplyAdd(x, b3, r23);
            r24 = Vector256.FusedMultiplyAdd(x, b4, r24);
            r25 = Vector256.FusedMultiplyAdd(x, b5, r25);
            x = Vector256.Create(t3[j]);
            r30 = Vector256.FusedMultiplyAdd(x, b0, r30);
            r31 = Vector256.FusedMultiplyAdd(x, b1, r31);
            r32 = Vector256.FusedMultiplyAdd(x, b2, r32);
            r33 = Vector256.FusedMultiplyAdd(x, b3, r33);
            r34 = Vector256.FusedMultiplyAdd(x, b4, r34);
            r35 = Vector256.FusedMultiplyAdd(x, b5, r35);
            b += ldb;
        }

        r00.Store(c0);
        r01.Store(c0 + 8);
        r02.Store(c0 + 16);
        r03.Store(c0 + 24);
        r04.Store(c0 + 32);
        r05.Store(c0 + 40);
        r10.Store(c1);
        r11.Store(c1 + 8);
        r12.Store(c1 + 16);
        r13.Store(c1 + 24);
        r14.Store(c1 + 32);
        r15.Store(c1 + 40);
        r20.Store(c2);
        r21.Store(c2 + 8);
        r22.Store(c2 + 16);
        r23.Store(c2 + 24);
        r24.Store(c2 + 32);
        r25.Store(c2 + 40);
        r30.Store(c3);
        r31.Store(c3 + 8);
        r32.Store(c3 + 16);
        r33.Store(c3 + 24);
        r34.Store(c3 + 32);
        r35.Store(c3 + 40);
    }

    /// <summary>4 rows × 24 columns of <see cref="Mix"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Mix4x3(float* t0, int ldt, float* b, int ldb, float* c0, int ldc, int inner, bool accumulate)
    {
        var t1 = t0 + ldt;
        var t2 = t1 + ldt;
        var t3 = t2 + ldt;
        var c1 = c0 + ldc;
        var c2 = c1 + ldc;
        var c3 = c2 + ldc;
        Vector256<float> r00 = default, r01 = default, r02 = default, r10 = default, r11 = default, r12 = default;
        Vector256<float> r20 = default, r21 = default, r22 = default, r30 = default, r31 = default, r32 = default;
        if (accumulate)
        {
            (r00, r01, r02) = (Vector256.Load(c0), Vector256.Load(c0 + 8), Vector256.Load(c0 + 16));
            (r10, r11, r12) = (Vector256.Load(c1), Vector256.Load(c1 + 8), Vector256.Load(c1 + 16));
            (r20, r21, r22) = (Vector256.Load(c2), Vector256.Load(c2 + 8), Vector256.Load(c2 + 16));
            (r30, r31, r32) = (Vector256.Load(c3), Vector256.Load(c3 + 8), Vector256.Load(c3 + 16));
        }

        for (var j = 0; j < inner; j++)
        {
            var b0 = Vector256.Load(b);
            var b1 = Vector256.Load(b + 8);
            var b2 = Vector256.Load(b + 16);
            var x = Vector256.Create(t0[j]);
            r00 = Vector256.FusedMultiplyAdd(x, b0, r00);
            r01 = Vector256.FusedMultiplyAdd(x, b1, r01);
            r02 = Vector256.FusedMultiplyAdd(x, b2, r02);
            x = Vector256.Create(t1[j]);
            r10 = Vector256.FusedMultiplyAdd(x, b0, r10);
            r11 = Vector256.FusedMultiplyAdd(x, b1, r11);
            r12 = Vector256.FusedMultiplyAdd(x, b2, r12);
            x = Vector256.Create(t2[j]);
            r20 = Vector256.FusedMultiplyAdd(x, b0, r20);
            r21 = Vector256.FusedMultiplyAdd(x, b1, r21);
            r22 = Vector256.FusedMultiplyAdd(x, b2, r22);
            x = Vector256.Create(t3[j]);
            r30 = Vector256.FusedMultiplyAdd(x, b0, r30);
            r31 = Vector256.FusedMultiplyAdd(x, b1, r31);
            r32 = Vector256.FusedMultiplyAdd(x, b2, r32);
            b += ldb;
        }

        r00.Store(c0);
        r01.Store(c0 + 8);
        r02.Store(c0 + 16);
        r10.Store(c1);
        r11.Store(c1 + 8);
        r12.Store(c1 + 16);
        r20.Store(c2);
        r21.Store(c2 + 8);
        r22.Store(c2 + 16);
        r30.Store(c3);
        r31.Store(c3 + 8);
        r32.Store(c3 + 16);
    }

    /// <summary>
    /// Per row r &lt; rows of t (row stride ld): t[r, j] = 2^(t[r, j] − shift[r]) for j &lt; n, 0 for n ≤ j &lt; Pad8(n), and
    /// sums[r] += Σ_j t[r, j] (the forward's base-2 softmax numerators). Two rows at a time, two vectors each, so four
    /// independent exponentials are in flight; each row's sum is the same lane-wise order whatever the row count.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Exp2ShiftSumRows(float* t, int ld, int rows, int n, float* shift, float* sums)
    {
        var tail = Vector256.LessThan(Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7), Vector256.Create(n & 7)).AsSingle();
        var r = 0;
        for (; r + 2 <= rows; r += 2)
        {
            var p = t + (r * ld);
            var q = p + ld;
            var s0 = Vector256.Create(shift[r]);
            var s1 = Vector256.Create(shift[r + 1]);
            Vector256<float> a0 = default, a1 = default, b0 = default, b1 = default;
            var j = 0;
            for (; j + 16 <= n; j += 16)
            {
                var e0 = Exp2(Vector256.Load(p + j) - s0);
                var e1 = Exp2(Vector256.Load(p + j + 8) - s0);
                var f0 = Exp2(Vector256.Load(q + j) - s1);
                var f1 = Exp2(Vector256.Load(q + j + 8) - s1);
                e0.Store(p + j);
                e1.Store(p + j + 8);
                f0.Store(q + j);
                f1.Store(q + j + 8);
                a0 += e0;
                a1 += e1;
                b0 += f0;
                b1 += f1;
            }

            for (; j + 8 <= n; j += 8)
            {
                var e0 = Exp2(Vector256.Load(p + j) - s0);
                var f0 = Exp2(Vector256.Load(q + j) - s1);
                e0.Store(p + j);
                f0.Store(q + j);
                a0 += e0;
                b0 += f0;
            }

            if (j < n)
            {
                var e1 = Vector256.ConditionalSelect(tail, Exp2(Vector256.Load(p + j) - s0), Vector256<float>.Zero);
                var f1 = Vector256.ConditionalSelect(tail, Exp2(Vector256.Load(q + j) - s1), Vector256<float>.Zero);
                e1.Store(p + j);
                f1.Store(q + j);
                a1 += e1;
                b1 += f1;
            }

            sums[r] += Vector256.Sum(a0 + a1);
            sums[r + 1] += Vector256.Sum(b0 + b1);
        }

        if (r < rows)
        {
            var p = t + (r * ld);
            var s0 = Vector256.Create(shift[r]);
            Vector256<float> a0 = default, a1 = default;
            var j = 0;
            for (; j + 16 <= n; j += 16)
            {
                var e0 = Exp2(Vector256.Load(p + j) - s0);
                var e1 = Exp2(Vector256.Load(p + j + 8) - s0);
                e0.Store(p + j);
                e1.Store(p + j + 8);
                a0 += e0;
                a1 += e1;
            }

            for (; j + 8 <= n; j += 8)
            {
                var e0 = Exp2(Vector256.Load(p + j) - s0);
                e0.Store(p + j);
                a0 += e0;
            }

            if (j < n)
            {
                var e1 = Vector256.ConditionalSelect(tail, Exp2(Vector256.Load(p + j) - s0), Vector256<float>.Zero);
                e1.Store(p + j);
                a1 += e1;
            }

            sums[r] += Vector256.Sum(a0 + a1);
        }
    }

    /// <summary>2^x per lane for x ≤ 0 (the shifted scores): 0 below −127, NaN propagates.</summary>
    /// <remarks>
    /// n = round(x), f = x − n ∈ [−½, ½], 2^f by its degree-6 Taylor polynomial in f·ln 2 (truncation below 1.2e-7
    /// relative, about 1 ulp), times 2ⁿ built in the exponent bits. x ≤ −127 gives n = −127, whose exponent field is 0: the
    /// result is exactly 0 (e^−88 and below are lost, as in float32 anyway).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<float> Exp2(Vector256<float> x)
    {
        x = Vector256.Max(x, Vector256.Create(-127f));
        var n = Vector256.Round(x);
        var f = x - n;
        var y = Vector256.Create(1.5403530393381609e-4f);
        y = Vector256.FusedMultiplyAdd(y, f, Vector256.Create(1.3333558146428443e-3f));
        y = Vector256.FusedMultiplyAdd(y, f, Vector256.Create(9.6181291076284772e-3f));
        y = Vector256.FusedMultiplyAdd(y, f, Vector256.Create(5.5504108664821580e-2f));
        y = Vector256.FusedMultiplyAdd(y, f, Vector256.Create(2.4022650695910071e-1f));
        y = Vector256.FusedMultiplyAdd(y, f, Vector256.Create(6.9314718055994531e-1f));
        y = Vector256.FusedMultiplyAdd(y, f, Vector256<float>.One);
        var pow2 = Vector256.ShiftLeft(Vector256.ConvertToInt32Native(n) + Vector256.Create(127), 23).AsSingle();
        return y * pow2;
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
