// SPDX-License-Identifier: MIT
using System.Numerics.Tensors;
using System.Runtime.Intrinsics;

namespace MedNet.Tensors.Kernels;

/// <summary>Fused element-wise activations: forward y = f(x) and backward gx = g · f'(x) in one pass each, SIMD, no per-element delegate.</summary>
/// <remarks>
/// Backward formulas (same float operations, in the same order, as the composed ops they replace):
/// ReLU: gx = x &gt; 0 ? g : 0; LeakyReLU: gx = x &gt; 0 ? g : g·slope; Sigmoid: gx = (g·y)·(1 − y); Tanh: gx = g·(1 − y·y).
/// </remarks>
internal static class ActivationKernel
{
    internal enum Kind
    {
        Relu,
        LeakyRelu,
        Sigmoid,
        Tanh,
    }

    internal static unsafe void Forward(Kind kind, float slope, ReadOnlySpan<float> x, Span<float> y)
    {
        fixed (float* px = x, py = y)
        {
            var (ax, ay) = ((nint)px, (nint)py);
            if (kind == Kind.Relu && Memory.TensorPool.IsHot(y))
            {
                // A hot destination (the array the last iteration freed) is written with ordinary stores in one pass
                // per thread; the piece-wise TensorPrimitives path pays a call per 64 KB.
                Elementwise.For(x.Length, (start, len) => Relu((float*)ax + start, (float*)ay + start, len));
                return;
            }

            Elementwise.For(x.Length, y, (start, len) =>
            {
                var xs = new ReadOnlySpan<float>((float*)ax + start, len);
                var ys = new Span<float>((float*)ay + start, len);
                switch (kind)
                {
                    case Kind.Relu: TensorPrimitives.Max(xs, 0f, ys); break;
                    case Kind.Sigmoid: TensorPrimitives.Sigmoid(xs, ys); break;
                    case Kind.Tanh: TensorPrimitives.Tanh(xs, ys); break;
                    default: LeakyForward(xs, ys, slope); break;
                }
            });
        }
    }

    /// <summary>y = max(x, 0) as PyTorch's relu: NaN stays NaN, −0 becomes +0 (the same values as TensorPrimitives.Max(x, 0)).</summary>
    private static unsafe void Relu(float* x, float* y, int n)
    {
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var zero = Vector512<float>.Zero;
            for (; i <= n - 64; i += 64)
            {
                var a = Vector512.Load(x + i);
                var b = Vector512.Load(x + i + 16);
                var c = Vector512.Load(x + i + 32);
                var d = Vector512.Load(x + i + 48);
                Vector512.ConditionalSelect(Vector512.LessThanOrEqual(a, zero), zero, a).Store(y + i);
                Vector512.ConditionalSelect(Vector512.LessThanOrEqual(b, zero), zero, b).Store(y + i + 16);
                Vector512.ConditionalSelect(Vector512.LessThanOrEqual(c, zero), zero, c).Store(y + i + 32);
                Vector512.ConditionalSelect(Vector512.LessThanOrEqual(d, zero), zero, d).Store(y + i + 48);
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            var zero = Vector256<float>.Zero;
            for (; i <= n - 8; i += 8)
            {
                var a = Vector256.Load(x + i);
                Vector256.ConditionalSelect(Vector256.LessThanOrEqual(a, zero), zero, a).Store(y + i);
            }
        }

        for (; i < n; i++)
        {
            y[i] = x[i] <= 0f ? 0f : x[i];
        }
    }

    /// <summary>gx = g · f'(x); <paramref name="x"/> is the input, <paramref name="y"/> the output of the forward.</summary>
    internal static unsafe void Backward(Kind kind, float slope, ReadOnlySpan<float> x, ReadOnlySpan<float> y, ReadOnlySpan<float> g, Span<float> gx)
    {
        fixed (float* px = x, py = y, pg = g, pgx = gx)
        {
            var (ax, ay, ag, agx) = ((nint)px, (nint)py, (nint)pg, (nint)pgx);
            Elementwise.For(g.Length, (start, len) =>
            {
                var xs = (float*)ax + start;
                var ys = (float*)ay + start;
                var gs = (float*)ag + start;
                var ds = (float*)agx + start;
                switch (kind)
                {
                    case Kind.Relu: MaskBackward(xs, gs, ds, len, 0f); break;
                    case Kind.LeakyRelu: MaskBackward(xs, gs, ds, len, slope); break;
                    case Kind.Sigmoid: SigmoidBackward(ys, gs, ds, len); break;
                    default: TanhBackward(ys, gs, ds, len); break;
                }
            });
        }
    }

    private static void LeakyForward(ReadOnlySpan<float> x, Span<float> y, float slope)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var s = Vector256.Create(slope);
            for (; i <= x.Length - 8; i += 8)
            {
                var v = Vector256.Create(x.Slice(i, 8));
                Vector256.ConditionalSelect(Vector256.GreaterThan(v, Vector256<float>.Zero), v, v * s).CopyTo(y.Slice(i, 8));
            }
        }

        for (; i < x.Length; i++)
        {
            y[i] = x[i] > 0f ? x[i] : x[i] * slope;
        }
    }

    private static unsafe void MaskBackward(float* x, float* g, float* gx, int n, float slope)
    {
        var i = 0;
        if (Vector512.IsHardwareAccelerated && slope == 0f)
        {
            var zero = Vector512<float>.Zero;
            for (; i <= n - 16; i += 16)
            {
                Vector512.ConditionalSelect(Vector512.GreaterThan(Vector512.Load(x + i), zero), Vector512.Load(g + i), zero).Store(gx + i);
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            var s = Vector256.Create(slope);
            var zero = Vector256<float>.Zero;
            for (; i <= n - 8; i += 8)
            {
                var gv = Vector256.Load(g + i);
                var neg = slope == 0f ? zero : gv * s;
                Vector256.ConditionalSelect(Vector256.GreaterThan(Vector256.Load(x + i), zero), gv, neg).Store(gx + i);
            }
        }

        for (; i < n; i++)
        {
            gx[i] = x[i] > 0f ? g[i] : slope == 0f ? 0f : g[i] * slope;
        }
    }

    private static unsafe void SigmoidBackward(float* y, float* g, float* gx, int n)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var one = Vector256.Create(1f);
            for (; i <= n - 8; i += 8)
            {
                var yv = Vector256.Load(y + i);
                (Vector256.Load(g + i) * yv * (one - yv)).Store(gx + i);
            }
        }

        for (; i < n; i++)
        {
            gx[i] = g[i] * y[i] * (1f - y[i]);
        }
    }

    private static unsafe void TanhBackward(float* y, float* g, float* gx, int n)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var one = Vector256.Create(1f);
            for (; i <= n - 8; i += 8)
            {
                var yv = Vector256.Load(y + i);
                (Vector256.Load(g + i) * (one - (yv * yv))).Store(gx + i);
            }
        }

        for (; i < n; i++)
        {
            gx[i] = g[i] * (1f - (y[i] * y[i]));
        }
    }
}
