// SPDX-License-Identifier: MIT
using System.Numerics.Tensors;

namespace MedNet.Tensors.Kernels;

/// <summary>Softmax and log-softmax over one axis of a tensor viewed as (outer, n, inner).</summary>
/// <remarks>out[o, k, i] = exp(x[o, k, i] − m) / Σ_j exp(x[o, j, i] − m) with m the max (log form: x − m − log Σ exp).</remarks>
internal static class SoftmaxKernel
{
    internal static void Forward(ReadOnlySpan<float> x, Span<float> y, int outer, int n, int inner, bool log)
    {
        if (inner == 1)
        {
            ForwardRows(x, y, outer, n, log);
            return;
        }

        for (var o = 0; o < outer; o++)
        {
            for (var i = 0; i < inner; i++)
            {
                var b = (o * n * inner) + i;
                var m = float.NegativeInfinity;
                for (var k = 0; k < n; k++)
                {
                    m = MathF.Max(m, x[b + (k * inner)]);
                }

                float s = 0;
                for (var k = 0; k < n; k++)
                {
                    s += MathF.Exp(x[b + (k * inner)] - m);
                }

                var ls = MathF.Log(s);
                for (var k = 0; k < n; k++)
                {
                    var v = x[b + (k * inner)] - m;
                    y[b + (k * inner)] = log ? v - ls : MathF.Exp(v) / s;
                }
            }
        }
    }

    /// <summary>Contiguous rows: subtract each row's max, one vectorised Exp over the whole buffer, then per-row sums (fast for DTAAD's rows of 10).</summary>
    private static void ForwardRows(ReadOnlySpan<float> x, Span<float> y, int rows, int n, bool log)
    {
        for (var r = 0; r < rows; r++)
        {
            var xs = x.Slice(r * n, n);
            var m = float.NegativeInfinity;
            foreach (var v in xs)
            {
                m = MathF.Max(m, v);
            }

            var ys = y.Slice(r * n, n);
            for (var k = 0; k < n; k++)
            {
                ys[k] = xs[k] - m;
            }
        }

        var total = rows * n;
        var e = log ? System.Buffers.ArrayPool<float>.Shared.Rent(total) : null;
        var exps = log ? e.AsSpan(0, total) : y.Slice(0, total);
        TensorPrimitives.Exp(y.Slice(0, total), exps);
        for (var r = 0; r < rows; r++)
        {
            var es = exps.Slice(r * n, n);
            float s = 0;
            foreach (var v in es)
            {
                s += v;
            }

            var ys = y.Slice(r * n, n);
            if (log)
            {
                var ls = MathF.Log(s);
                for (var k = 0; k < n; k++)
                {
                    ys[k] -= ls;
                }
            }
            else
            {
                var inv = 1f / s;
                for (var k = 0; k < n; k++)
                {
                    ys[k] *= inv;
                }
            }
        }

        if (e is not null)
        {
            System.Buffers.ArrayPool<float>.Shared.Return(e);
        }
    }

    /// <summary>Softmax: dx = y·(g − Σ g·y); log-softmax: dx = g − exp(y)·Σ g.</summary>
    internal static void Backward(ReadOnlySpan<float> y, ReadOnlySpan<float> g, Span<float> dx, int outer, int n, int inner, bool log)
    {
        for (var o = 0; o < outer; o++)
        {
            for (var i = 0; i < inner; i++)
            {
                var b = (o * n * inner) + i;
                float s = 0;
                for (var k = 0; k < n; k++)
                {
                    var idx = b + (k * inner);
                    s += log ? g[idx] : g[idx] * y[idx];
                }

                for (var k = 0; k < n; k++)
                {
                    var idx = b + (k * inner);
                    dx[idx] = log ? g[idx] - (MathF.Exp(y[idx]) * s) : y[idx] * (g[idx] - s);
                }
            }
        }
    }
}
