// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Kernels;

/// <summary>Scalar reference GEMM (also the path for tiny products, where packing costs more than it saves).</summary>
internal static partial class MatMulKernel
{
    /// <summary>out[i, j] (+)= Σ_p A[i, p] · B[p, j], same stride convention as <see cref="Gemm"/>.</summary>
    internal static void Reference(ReadOnlySpan<float> a, int rsa, int csa, ReadOnlySpan<float> b, int rsb, int csb, Span<float> c, int m, int n, int k, bool accumulate)
    {
        for (var i = 0; i < m; i++)
        {
            var row = c.Slice(i * n, n);
            if (!accumulate)
            {
                row.Clear();
            }

            for (var p = 0; p < k; p++)
            {
                var av = a[(i * rsa) + (p * csa)];
                var bo = p * rsb;
                for (var j = 0; j < n; j++)
                {
                    row[j] += av * b[bo + (j * csb)];
                }
            }
        }
    }
}
