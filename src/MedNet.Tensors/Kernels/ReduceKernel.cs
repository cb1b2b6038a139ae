// SPDX-License-Identifier: MIT
using System.Numerics.Tensors;

namespace MedNet.Tensors.Kernels;

/// <summary>Reductions over one axis of a tensor viewed as (outer, n, inner): out[o, i] = Σ_k x[o, k, i].</summary>
internal static class ReduceKernel
{
    internal static (int Outer, int N, int Inner) Split(int[] dims, int axis)
    {
        int outer = 1, inner = 1;
        for (var i = 0; i < axis; i++)
        {
            outer *= dims[i];
        }

        for (var i = axis + 1; i < dims.Length; i++)
        {
            inner *= dims[i];
        }

        return (outer, dims[axis], inner);
    }

    internal static void Sum(ReadOnlySpan<float> x, Span<float> dst, int outer, int n, int inner)
    {
        if (inner == 1)
        {
            for (var o = 0; o < outer; o++)
            {
                dst[o] = TensorPrimitives.Sum(x.Slice(o * n, n));
            }

            return;
        }

        dst.Clear();
        for (var o = 0; o < outer; o++)
        {
            var d = dst.Slice(o * inner, inner);
            for (var k = 0; k < n; k++)
            {
                TensorPrimitives.Add(d, x.Slice(((o * n) + k) * inner, inner), d);
            }
        }
    }

    /// <summary>Max along the axis; ties keep the first index, NaN wins (as PyTorch).</summary>
    internal static void Max(ReadOnlySpan<float> x, Span<float> values, Span<int> indices, int outer, int n, int inner, bool min)
    {
        for (var o = 0; o < outer; o++)
        {
            for (var i = 0; i < inner; i++)
            {
                var baseIdx = (o * n * inner) + i;
                var best = x[baseIdx];
                var bi = 0;
                for (var k = 1; k < n && !float.IsNaN(best); k++)
                {
                    var v = x[baseIdx + (k * inner)];
                    if ((min ? v < best : v > best) || float.IsNaN(v))
                    {
                        best = v;
                        bi = k;
                    }
                }

                values[(o * inner) + i] = best;
                indices[(o * inner) + i] = bi;
            }
        }
    }

    /// <summary>Broadcasts a reduced (outer, inner) gradient back over the axis: dst[o, k, i] = g[o, i] · scale.</summary>
    internal static void Expand(ReadOnlySpan<float> g, Span<float> dst, int outer, int n, int inner, float scale)
    {
        for (var o = 0; o < outer; o++)
        {
            var src = g.Slice(o * inner, inner);
            for (var k = 0; k < n; k++)
            {
                var d = dst.Slice(((o * n) + k) * inner, inner);
                if (scale == 1f)
                {
                    src.CopyTo(d);
                }
                else
                {
                    TensorPrimitives.Multiply(src, scale, d);
                }
            }
        }
    }
}
