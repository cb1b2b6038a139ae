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
            for (var o = 0; o < outer; o++)
            {
                var xs = x.Slice(o * n, n);
                var ys = y.Slice(o * n, n);
                var m = TensorPrimitives.Max(xs);
                TensorPrimitives.Subtract(xs, m, ys);
                if (log)
                {
                    var lse = MathF.Log(SumExp(ys));
                    TensorPrimitives.Subtract(ys, lse, ys);
                }
                else
                {
                    TensorPrimitives.Exp(ys, ys);
                    TensorPrimitives.Divide(ys, TensorPrimitives.Sum(ys), ys);
                }
            }

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

    private static float SumExp(Span<float> shifted)
    {
        float s = 0;
        foreach (var v in shifted)
        {
            s += MathF.Exp(v);
        }

        return s;
    }
}
