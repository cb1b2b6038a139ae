// SPDX-License-Identifier: MIT
using System.Buffers;
using System.Runtime.Intrinsics.X86;

namespace MedNet.Tensors.Kernels;

/// <summary>GEMM against a right-hand matrix packed once and reused, for recurrences that multiply by the same weight every step.</summary>
internal static unsafe partial class MatMulKernel
{
    /// <summary>Packs B(p, j) = b[p·rsb + j·csb] (k × n) into 16-column panels in a pooled buffer; give it back with <see cref="ReturnPacked"/>.</summary>
    internal static float[] PackRight(ReadOnlySpan<float> b, int rsb, int csb, int n, int k)
    {
        var panels = (n + Nr - 1) / Nr;
        var bp = ArrayPool<float>.Shared.Rent(Math.Max(panels * k * Nr, 1));
        PackB(b, rsb, csb, bp, n, k, panels);
        return bp;
    }

    /// <summary>Returns a buffer from <see cref="PackRight"/> to the pool.</summary>
    internal static void ReturnPacked(float[] packed) => ArrayPool<float>.Shared.Return(packed);

    /// <summary>c (m × n, row stride n) (+)= A · B with A(i, p) = a[i·rsa + p·csa] and B packed by <see cref="PackRight"/>; same results as <see cref="Gemm"/>.</summary>
    internal static void GemmPrepacked(ReadOnlySpan<float> a, int rsa, int csa, float[] packedB, Span<float> c, int m, int n, int k, bool accumulate)
    {
        if (m == 0 || n == 0)
        {
            return;
        }

        if (k == 0 || !Fma.IsSupported || (long)m * n * k < 2048)
        {
            Reference(a, rsa, csa, UnpackRight(packedB, n, k), n, 1, c, m, n, k, accumulate);
            return;
        }

        var panels = (n + Nr - 1) / Nr;
        var rowPanels = (m + Mr - 1) / Mr;
        var ap = ArrayPool<float>.Shared.Rent(rowPanels * k * Mr);
        try
        {
            PackA(a, rsa, csa, ap, m, k, rowPanels);
            fixed (float* pa = ap, pb = packedB, pc = c)
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
            ArrayPool<float>.Shared.Return(ap);
        }
    }

    /// <summary>The k × n row-major matrix back from its panels (small products only).</summary>
    private static float[] UnpackRight(float[] packed, int n, int k)
    {
        var b = new float[k * n];
        for (var j = 0; j < n; j++)
        {
            var panel = j / Nr;
            for (var p = 0; p < k; p++)
            {
                b[(p * n) + j] = packed[(panel * k * Nr) + (p * Nr) + (j % Nr)];
            }
        }

        return b;
    }
}
