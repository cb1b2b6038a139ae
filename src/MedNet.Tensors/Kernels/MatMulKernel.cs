// SPDX-License-Identifier: MIT
using System.Buffers;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace MedNet.Tensors.Kernels;

/// <summary>Single-precision GEMM with a 6×16 Vector256 FMA register-blocked micro-kernel over packed panels.</summary>
/// <remarks>
/// out[i, j] (+)= Σ_p A[i, p] · B[p, j], where A(i, p) = a[i·rsa + p·csa] and B(p, j) = b[p·rsb + j·csb], so any
/// transpose is a stride choice. B is packed once into 16-column panels (k × 16, zero-padded), A into 6-row panels;
/// each micro-tile keeps 12 accumulators in YMM registers. Rows of 6 are partitioned over threads (each output is
/// computed by one thread in a fixed order, so results do not depend on scheduling).
/// </remarks>
internal static unsafe partial class MatMulKernel
{
    private const int Mr = 6;
    private const int Nr = 16;

    internal static void Gemm(ReadOnlySpan<float> a, int rsa, int csa, ReadOnlySpan<float> b, int rsb, int csb, Span<float> c, int m, int n, int k, bool accumulate)
    {
        if (m == 0 || n == 0)
        {
            return;
        }

        if (k == 0 || !Fma.IsSupported || (long)m * n * k < 2048)
        {
            Reference(a, rsa, csa, b, rsb, csb, c, m, n, k, accumulate);
            return;
        }

        var panels = (n + Nr - 1) / Nr;
        var rowPanels = (m + Mr - 1) / Mr;
        var bp = ArrayPool<float>.Shared.Rent(panels * k * Nr);
        var ap = ArrayPool<float>.Shared.Rent(rowPanels * k * Mr);
        try
        {
            PackB(b, rsb, csb, bp, n, k, panels);
            PackA(a, rsa, csa, ap, m, k, rowPanels);
            fixed (float* pa = ap, pb = bp, pc = c)
            {
                var (paa, pbb, pcc) = ((nint)pa, (nint)pb, (nint)pc);
                Threading.For(rowPanels, (long)Mr * n * k, (start, end) =>
                {
                    for (var rp = start; rp < end; rp++)
                    {
                        var rows = Math.Min(Mr, m - (rp * Mr));
                        for (var panel = 0; panel < panels; panel++)
                        {
                            var cols = Math.Min(Nr, n - (panel * Nr));
                            MicroKernel((float*)paa + ((long)rp * k * Mr), (float*)pbb + ((long)panel * k * Nr), k, (float*)pcc + ((long)rp * Mr * n) + (panel * Nr), n, rows, cols, accumulate);
                        }
                    }
                });
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(bp);
            ArrayPool<float>.Shared.Return(ap);
        }
    }

    private static void PackB(ReadOnlySpan<float> b, int rsb, int csb, float[] bp, int n, int k, int panels)
    {
        for (var panel = 0; panel < panels; panel++)
        {
            var j0 = panel * Nr;
            var cols = Math.Min(Nr, n - j0);
            var dst = bp.AsSpan(panel * k * Nr, k * Nr);
            for (var p = 0; p < k; p++)
            {
                var row = dst.Slice(p * Nr, Nr);
                if (csb == 1 && cols == Nr)
                {
                    b.Slice((p * rsb) + j0, Nr).CopyTo(row);
                    continue;
                }

                for (var jj = 0; jj < Nr; jj++)
                {
                    row[jj] = jj < cols ? b[(p * rsb) + ((j0 + jj) * csb)] : 0f;
                }
            }
        }
    }

    private static void PackA(ReadOnlySpan<float> a, int rsa, int csa, float[] ap, int m, int k, int rowPanels)
    {
        for (var rp = 0; rp < rowPanels; rp++)
        {
            var i0 = rp * Mr;
            var rows = Math.Min(Mr, m - i0);
            var dst = ap.AsSpan(rp * k * Mr, k * Mr);
            for (var r = 0; r < Mr; r++)
            {
                if (r >= rows)
                {
                    for (var p = 0; p < k; p++)
                    {
                        dst[(p * Mr) + r] = 0f;
                    }

                    continue;
                }

                var baseIdx = (i0 + r) * rsa;
                for (var p = 0; p < k; p++)
                {
                    dst[(p * Mr) + r] = a[baseIdx + (p * csa)];
                }
            }
        }
    }

    private static void MicroKernel(float* a, float* b, int k, float* c, int ldc, int rows, int cols, bool accumulate)
    {
        Vector256<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector256<float> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        for (var p = 0; p < k; p++)
        {
            var b0 = Avx.LoadVector256(b);
            var b1 = Avx.LoadVector256(b + 8);
            var av = Vector256.Create(a[0]);
            c00 = Fma.MultiplyAdd(av, b0, c00);
            c01 = Fma.MultiplyAdd(av, b1, c01);
            av = Vector256.Create(a[1]);
            c10 = Fma.MultiplyAdd(av, b0, c10);
            c11 = Fma.MultiplyAdd(av, b1, c11);
            av = Vector256.Create(a[2]);
            c20 = Fma.MultiplyAdd(av, b0, c20);
            c21 = Fma.MultiplyAdd(av, b1, c21);
            av = Vector256.Create(a[3]);
            c30 = Fma.MultiplyAdd(av, b0, c30);
            c31 = Fma.MultiplyAdd(av, b1, c31);
            av = Vector256.Create(a[4]);
            c40 = Fma.MultiplyAdd(av, b0, c40);
            c41 = Fma.MultiplyAdd(av, b1, c41);
            av = Vector256.Create(a[5]);
            c50 = Fma.MultiplyAdd(av, b0, c50);
            c51 = Fma.MultiplyAdd(av, b1, c51);
            a += Mr;
            b += Nr;
        }

        if (rows == Mr && cols == Nr)
        {
            Store(c, c00, c01, accumulate);
            Store(c + ldc, c10, c11, accumulate);
            Store(c + (2 * ldc), c20, c21, accumulate);
            Store(c + (3 * ldc), c30, c31, accumulate);
            Store(c + (4 * ldc), c40, c41, accumulate);
            Store(c + (5 * ldc), c50, c51, accumulate);
            return;
        }

        var tile = stackalloc float[Mr * Nr];
        Avx.Store(tile, c00);
        Avx.Store(tile + 8, c01);
        Avx.Store(tile + 16, c10);
        Avx.Store(tile + 24, c11);
        Avx.Store(tile + 32, c20);
        Avx.Store(tile + 40, c21);
        Avx.Store(tile + 48, c30);
        Avx.Store(tile + 56, c31);
        Avx.Store(tile + 64, c40);
        Avx.Store(tile + 72, c41);
        Avx.Store(tile + 80, c50);
        Avx.Store(tile + 88, c51);
        for (var r = 0; r < rows; r++)
        {
            for (var j = 0; j < cols; j++)
            {
                var v = tile[(r * Nr) + j];
                c[(r * ldc) + j] = accumulate ? c[(r * ldc) + j] + v : v;
            }
        }
    }

    private static void Store(float* c, Vector256<float> lo, Vector256<float> hi, bool accumulate)
    {
        if (accumulate)
        {
            lo = Avx.Add(lo, Avx.LoadVector256(c));
            hi = Avx.Add(hi, Avx.LoadVector256(c + 8));
        }

        Avx.Store(c, lo);
        Avx.Store(c + 8, hi);
    }
}
