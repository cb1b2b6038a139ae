// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Kernels;

/// <summary>Copies a float32 or float64 tensor into permuted order: out[i_0..i_r] = x[i_{inv(0)}..], walked over the output with a carried source offset.</summary>
internal static class PermuteKernel
{
    internal static Tensor Run(Tensor x, int[] perm)
    {
        var rank = perm.Length;
        var srcStrides = Shape.Strides(x.Dims);
        var dims = new int[rank];
        var strides = new int[rank];
        for (var i = 0; i < rank; i++)
        {
            dims[i] = x.Dims[perm[i]];
            strides[i] = srcStrides[perm[i]];
        }

        if (x.DType == ScalarType.Float64)
        {
            var r64 = Tensor.EmptyOf(dims, ScalarType.Float64);
            Walk<double>(x.Span64, r64.Span64, dims, strides);
            return r64;
        }

        var r = Tensor.Empty(dims);
        var src = x.Span;
        var dst = r.Span;
        if (dst.Length > 0 && rank == 3 && perm[0] == 0 && perm[1] == 2 && perm[2] == 1)
        {
            // (B, R, C) → (B, C, R), DTAAD's (B, C, W) ↔ (B, W, C): one small transpose per batch item, no index carry.
            TransposeLast2(src, dst, x.Dims[0], x.Dims[1], x.Dims[2]);
            return r;
        }

        Walk<float>(src, dst, dims, strides);
        return r;
    }

    /// <summary>The general walk for any element type: output rows of the last axis, source offset carried over the others.</summary>
    private static void Walk<T>(ReadOnlySpan<T> src, Span<T> dst, int[] dims, int[] strides)
    {
        var rank = dims.Length;
        if (dst.Length == 0)
        {
            return;
        }

        if (rank == 0)
        {
            dst[0] = src[0];
            return;
        }

        var inner = dims[rank - 1];
        var innerStride = strides[rank - 1];
        var idx = new int[rank];
        var off = 0;
        for (var row = 0; row < dst.Length / inner; row++)
        {
            var d = dst.Slice(row * inner, inner);
            if (innerStride == 1)
            {
                src.Slice(off, inner).CopyTo(d);
            }
            else
            {
                for (int j = 0, s = off; j < inner; j++, s += innerStride)
                {
                    d[j] = src[s];
                }
            }

            for (var k = rank - 2; k >= 0; k--)
            {
                idx[k]++;
                off += strides[k];
                if (idx[k] < dims[k])
                {
                    break;
                }

                off -= strides[k] * idx[k];
                idx[k] = 0;
            }
        }
    }

    private static void TransposeLast2(ReadOnlySpan<float> src, Span<float> dst, int batch, int rows, int cols)
    {
        var plane = rows * cols;
        for (var b = 0; b < batch; b++)
        {
            var s = src.Slice(b * plane, plane);
            var d = dst.Slice(b * plane, plane);
            for (var i = 0; i < rows; i++)
            {
                for (var j = 0; j < cols; j++)
                {
                    d[(j * rows) + i] = s[(i * cols) + j];
                }
            }
        }
    }
}
