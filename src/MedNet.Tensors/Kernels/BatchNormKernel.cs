// SPDX-License-Identifier: MIT
using System.Runtime.Intrinsics;

namespace MedNet.Tensors.Kernels;

/// <summary>Fused batch normalisation over (N, C, L) per channel: one statistics + transform kernel forward, one kernel backward.</summary>
/// <remarks>
/// Forward (as PyTorch's CPU kernel): μ_c = Σx/M and σ²_c = Σ(x − μ_c)²/M with double accumulation (M = N·L), invstd_c = 1/√(σ²_c + eps),
/// y = x·α_c + β'_c with α_c = invstd_c·γ_c, β'_c = β_c − μ_c·α_c. Backward: with Σg and Σ(x − μ)·g per channel,
/// training: gx = (g − Σg/M − (x − μ)·invstd²·Σ(x − μ)g/M)·invstd·γ; eval: gx = g·invstd·γ; dγ = Σ(x − μ)g·invstd, dβ = Σg.
/// Channels are partitioned over threads; each channel's sums run in a fixed order, so results do not depend on the thread count.
/// </remarks>
internal static unsafe class BatchNormKernel
{
    /// <summary>Per-channel batch mean and biased variance (double accumulation).</summary>
    internal static void Statistics(ReadOnlySpan<float> x, int n, int c, int l, Span<double> mean, Span<double> variance)
    {
        fixed (float* px = x)
        fixed (double* pm = mean, pv = variance)
        {
            var (ax, am, av) = ((nint)px, (nint)pm, (nint)pv);
            Threading.For(c, 3L * n * l, (c0, c1) =>
            {
                for (var ch = c0; ch < c1; ch++)
                {
                    double sum = 0;
                    for (var i = 0; i < n; i++)
                    {
                        sum += RowSum((float*)ax + ((((long)i * c) + ch) * l), l);
                    }

                    var mu = sum / ((double)n * l);
                    double sq = 0;
                    for (var i = 0; i < n; i++)
                    {
                        sq += RowSquaredDeviation((float*)ax + ((((long)i * c) + ch) * l), l, (float)mu);
                    }

                    ((double*)am)[ch] = mu;
                    ((double*)av)[ch] = sq / ((double)n * l);
                }
            });
        }
    }

    /// <summary>y = x·scale_c + shift_c.</summary>
    internal static void Transform(ReadOnlySpan<float> x, int n, int c, int l, ReadOnlySpan<float> scale, ReadOnlySpan<float> shift, Span<float> y)
    {
        fixed (float* px = x, ps = scale, pb = shift, py = y)
        {
            var (ax, asc, ab, ay) = ((nint)px, (nint)ps, (nint)pb, (nint)py);
            var rows = n * c;
            Threading.For(rows, l, (r0, r1) =>
            {
                for (var r = r0; r < r1; r++)
                {
                    var ch = r % c;
                    ScaleShift((float*)ax + ((long)r * l), (float*)ay + ((long)r * l), l, ((float*)asc)[ch], ((float*)ab)[ch]);
                }
            });
        }
    }

    /// <summary>
    /// Backward: sumG_c = Σg, dot_c = Σ(x − μ_c)·g; gx (if not empty) as in the class remarks; returns the sums for dγ, dβ.
    /// </summary>
    internal static void Backward(
        ReadOnlySpan<float> x, ReadOnlySpan<float> g, int n, int c, int l, ReadOnlySpan<float> mean, ReadOnlySpan<float> invstd,
        ReadOnlySpan<float> gamma, bool training, Span<float> gx, Span<float> sumG, Span<float> dot)
    {
        fixed (float* px = x, pg = g, pm = mean, pi = invstd, pw = gamma, pgx = gx, psg = sumG, pd = dot)
        {
            var (ax, ag, am, ai, aw, agx, asg, ad) = ((nint)px, (nint)pg, (nint)pm, (nint)pi, (nint)pw, (nint)pgx, (nint)psg, (nint)pd);
            var hasGamma = !gamma.IsEmpty;
            var wantGx = !gx.IsEmpty;
            var count = (float)((double)n * l);
            Threading.For(c, 5L * n * l, (c0, c1) =>
            {
                for (var ch = c0; ch < c1; ch++)
                {
                    var mu = ((float*)am)[ch];
                    double sg = 0, sd = 0;
                    for (var i = 0; i < n; i++)
                    {
                        var off = (((long)i * c) + ch) * l;
                        var (rs, rd) = RowGradSums((float*)ax + off, (float*)ag + off, l, mu);
                        sg += rs;
                        sd += rd;
                    }

                    ((float*)asg)[ch] = (float)sg;
                    ((float*)ad)[ch] = (float)sd;
                    if (!wantGx)
                    {
                        continue;
                    }

                    var inv = ((float*)ai)[ch];
                    var w = hasGamma ? ((float*)aw)[ch] : 1f;
                    var gScale = inv * w;
                    float gMean = 0, k = 0;
                    if (training)
                    {
                        gMean = (float)(sg / count);
                        k = (float)(sd * inv * inv / count);
                    }

                    for (var i = 0; i < n; i++)
                    {
                        var off = (((long)i * c) + ch) * l;
                        RowInputGrad((float*)ax + off, (float*)ag + off, (float*)agx + off, l, mu, k, gMean, gScale);
                    }
                }
            });
        }
    }

    private static float RowSum(float* x, int l)
    {
        var i = 0;
        var acc = Vector256<float>.Zero;
        for (; i <= l - 8; i += 8)
        {
            acc += Vector256.Load(x + i);
        }

        var s = Vector256.Sum(acc);
        for (; i < l; i++)
        {
            s += x[i];
        }

        return s;
    }

    private static float RowSquaredDeviation(float* x, int l, float mu)
    {
        var i = 0;
        var acc = Vector256<float>.Zero;
        var m = Vector256.Create(mu);
        for (; i <= l - 8; i += 8)
        {
            var d = Vector256.Load(x + i) - m;
            acc += d * d;
        }

        var s = Vector256.Sum(acc);
        for (; i < l; i++)
        {
            var d = x[i] - mu;
            s += d * d;
        }

        return s;
    }

    private static void ScaleShift(float* x, float* y, int l, float a, float b)
    {
        var i = 0;
        var va = Vector256.Create(a);
        var vb = Vector256.Create(b);
        for (; i <= l - 8; i += 8)
        {
            ((Vector256.Load(x + i) * va) + vb).Store(y + i);
        }

        for (; i < l; i++)
        {
            y[i] = (x[i] * a) + b;
        }
    }

    private static (float SumG, float Dot) RowGradSums(float* x, float* g, int l, float mu)
    {
        var i = 0;
        Vector256<float> sg = Vector256<float>.Zero, sd = Vector256<float>.Zero;
        var m = Vector256.Create(mu);
        for (; i <= l - 8; i += 8)
        {
            var gv = Vector256.Load(g + i);
            sg += gv;
            sd += (Vector256.Load(x + i) - m) * gv;
        }

        float s1 = Vector256.Sum(sg), s2 = Vector256.Sum(sd);
        for (; i < l; i++)
        {
            s1 += g[i];
            s2 += (x[i] - mu) * g[i];
        }

        return (s1, s2);
    }

    private static void RowInputGrad(float* x, float* g, float* gx, int l, float mu, float k, float gMean, float scale)
    {
        var i = 0;
        Vector256<float> vm = Vector256.Create(mu), vk = Vector256.Create(k), vg = Vector256.Create(gMean), vs = Vector256.Create(scale);
        for (; i <= l - 8; i += 8)
        {
            var d = (Vector256.Load(x + i) - vm) * vk;
            ((Vector256.Load(g + i) - vg - d) * vs).Store(gx + i);
        }

        for (; i < l; i++)
        {
            gx[i] = (g[i] - gMean - ((x[i] - mu) * k)) * scale;
        }
    }
}
