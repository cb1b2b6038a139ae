// SPDX-License-Identifier: MIT
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors;

/// <summary>Matrix products with backward.</summary>
public sealed partial class Tensor
{
    /// <summary>Matrix product with PyTorch's rules: 1-D·1-D dot, (…, m, k)·(k, n), and batched (…, m, k)·(…, k, n) with equal batch sizes.</summary>
    /// <param name="other">Right operand.</param>
    /// <returns>The product.</returns>
    /// <remarks>C = A·B; dA = dC·Bᵀ, dB = Aᵀ·dC (summed over batches when B is shared).</remarks>
    public Tensor matmul(Tensor other)
    {
        var a = this;
        var b = other;
        if (a.Dims.Length == 1 && b.Dims.Length == 1)
        {
            return a.unsqueeze(0).matmul(b.unsqueeze(1)).reshape([]);
        }

        if (a.Dims.Length == 1)
        {
            return a.unsqueeze(0).matmul(b).squeeze(-2);
        }

        if (b.Dims.Length == 1)
        {
            return a.matmul(b.unsqueeze(1)).squeeze(-1);
        }

        var m = a.Dims[^2];
        var k = a.Dims[^1];
        var n = b.Dims[^1];
        if (b.Dims[^2] != k)
        {
            throw new ArgumentException($"matmul: expected the inner sizes to agree but got {Shape.Format(a.Dims)} and {Shape.Format(b.Dims)} ({k} vs {b.Dims[^2]}).");
        }

        var batchA = a.NumelInt / Math.Max(m * k, 1);
        var batchB = b.NumelInt / Math.Max(k * n, 1);
        if (b.Dims.Length == 2)
        {
            // Fold the batch into rows: (B·m, k)·(k, n).
            var dims = (int[])a.Dims.Clone();
            dims[^1] = n;
            return BatchedProduct(a, b, batchA * m, 1, dims);
        }

        if (batchA != batchB || a.Dims.Length != b.Dims.Length)
        {
            throw new ArgumentException($"matmul: expected equal batch dimensions but got {Shape.Format(a.Dims)} and {Shape.Format(b.Dims)}. Reshape or expand the batch first.");
        }

        var outDims = (int[])a.Dims.Clone();
        outDims[^1] = n;
        return BatchedProduct(a, b, m, batchA, outDims);
    }

    /// <summary>Batched product (B, m, k)·(B, k, n).</summary>
    /// <param name="other">Right operand of shape (B, k, n).</param>
    /// <returns>(B, m, n).</returns>
    public Tensor bmm(Tensor other)
    {
        if (Dims.Length != 3 || other.Dims.Length != 3 || Dims[0] != other.Dims[0])
        {
            throw new ArgumentException($"bmm: expected (B, m, k) and (B, k, n) but got {Shape.Format(Dims)} and {Shape.Format(other.Dims)}.");
        }

        return matmul(other);
    }

    /// <summary>Computes out[bt] = A[bt] (m×k) · B[bt or 0] (k×n) for bt in [0, batch).</summary>
    private static Tensor BatchedProduct(Tensor a, Tensor b, int m, int batch, int[] outDims)
    {
        if (a.DType != ScalarType.Float32 || b.DType != ScalarType.Float32)
        {
            DTypes.RequireSame("matmul", a, b, "other");
            return a.IsF64 ? BatchedProductF64(a, b, m, batch, outDims) : throw DTypes.NoKernel(a);
        }

        var k = a.Dims[^1];
        var n = b.Dims[^1];
        var bShared = b.Dims.Length == 2;
        var r = Empty(outDims);
        for (var bt = 0; bt < batch; bt++)
        {
            MatMulKernel.Gemm(a.Span.Slice(bt * m * k), k, 1, b.Span.Slice(bShared ? 0 : bt * k * n), n, 1, r.Span.Slice(bt * m * n, m * n), m, n, k, false);
        }

        return Engine.Record(
            r,
            "MmBackward",
            g =>
            {
                if (a.RequiresGradFlag)
                {
                    var ga = Empty(a.Dims);
                    for (var bt = 0; bt < batch; bt++)
                    {
                        // dA = dC · Bᵀ: Bᵀ(p, j) = B[j, p].
                        MatMulKernel.Gemm(g.Span.Slice(bt * m * n), n, 1, b.Span.Slice(bShared ? 0 : bt * k * n), 1, n, ga.Span.Slice(bt * m * k, m * k), m, k, n, false);
                    }

                    Engine.Accumulate(a, ga);
                }

                if (b.RequiresGradFlag)
                {
                    var gb = Zeros(b.Dims);
                    for (var bt = 0; bt < batch; bt++)
                    {
                        // dB = Aᵀ · dC: Aᵀ(i, p) = A[p, i].
                        MatMulKernel.Gemm(a.Span.Slice(bt * m * k), 1, k, g.Span.Slice(bt * m * n), n, 1, gb.Span.Slice(bShared ? 0 : bt * k * n, k * n), k, n, m, true);
                    }

                    Engine.Accumulate(b, gb);
                }
            },
            a,
            b);
    }
}
