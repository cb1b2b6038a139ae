// SPDX-License-Identifier: MIT
using System.Numerics.Tensors;

namespace MedNet.Tensors.Kernels;

/// <summary>Depthwise 1-D convolution (groups = C_in = C_out, stride 1): per tap a SIMD shifted multiply-add over the row.</summary>
/// <remarks>
/// y[n, c, t] = b[c] + Σ_k w[c, k] · x[n, c, t + k·d − pl], each tap applied to the output range where its source is inside
/// the signal (zero padding). Backward: gx[n, c, t + k·d − pl] += w[c, k] · g[n, c, t]; dw[c, k] = Σ_n Σ_t g·x (dot products
/// in sample order); db[c] = Σ_n Σ_t g. Rows (forward, input gradient) or channels (weight gradient) are partitioned over
/// threads, each output written by one thread in a fixed order.
/// </remarks>
internal static unsafe class DepthwiseConv1dKernel
{
    internal static bool Applies(Conv1dGeometry geo) => geo.Groups == geo.Cin && geo.Cout == geo.Cin && geo.Stride == 1 && geo.Groups > 1;

    internal static void Forward(Conv1dGeometry geo, ReadOnlySpan<float> x, ReadOnlySpan<float> w, ReadOnlySpan<float> bias, Span<float> y)
    {
        var (c, l, lout, k) = (geo.Cin, geo.L, geo.Lout, geo.K);
        fixed (float* px = x, pw = w, pb = bias, py = y)
        {
            var (ax, aw, ab, ay, hasBias) = ((nint)px, (nint)pw, (nint)pb, (nint)py, !bias.IsEmpty);
            Threading.For(geo.N * c, 2L * k * lout, (r0, r1) =>
            {
                for (var r = r0; r < r1; r++)
                {
                    var ch = r % c;
                    var yr = new Span<float>((float*)ay + ((long)r * lout), lout);
                    yr.Fill(hasBias ? ((float*)ab)[ch] : 0f);
                    var xr = (float*)ax + ((long)r * l);
                    for (var tap = 0; tap < k; tap++)
                    {
                        var (lo, len, off) = Range(geo, tap);
                        if (len > 0)
                        {
                            var dst = yr.Slice(lo, len);
                            TensorPrimitives.MultiplyAdd(new ReadOnlySpan<float>(xr + lo + off, len), ((float*)aw)[(ch * k) + tap], dst, dst);
                        }
                    }
                }
            });
        }
    }

    /// <summary>gx (overwritten) from g.</summary>
    internal static void BackwardInput(Conv1dGeometry geo, ReadOnlySpan<float> g, ReadOnlySpan<float> w, Span<float> gx)
    {
        var (c, l, lout, k) = (geo.Cin, geo.L, geo.Lout, geo.K);
        fixed (float* pg = g, pw = w, pgx = gx)
        {
            var (ag, aw, agx) = ((nint)pg, (nint)pw, (nint)pgx);
            Threading.For(geo.N * c, 2L * k * lout, (r0, r1) =>
            {
                for (var r = r0; r < r1; r++)
                {
                    var ch = r % c;
                    var dxr = new Span<float>((float*)agx + ((long)r * l), l);
                    dxr.Clear();
                    var gr = (float*)ag + ((long)r * lout);
                    for (var tap = 0; tap < k; tap++)
                    {
                        var (lo, len, off) = Range(geo, tap);
                        if (len > 0)
                        {
                            var dst = dxr.Slice(lo + off, len);
                            TensorPrimitives.MultiplyAdd(new ReadOnlySpan<float>(gr + lo, len), ((float*)aw)[(ch * k) + tap], dst, dst);
                        }
                    }
                }
            });
        }
    }

    /// <summary>dw += Σ_n Σ_t g·x (shifted), db += Σ_n Σ_t g.</summary>
    internal static void BackwardWeight(Conv1dGeometry geo, ReadOnlySpan<float> x, ReadOnlySpan<float> g, Span<float> dw, Span<float> db)
    {
        var (c, l, lout, k, n) = (geo.Cin, geo.L, geo.Lout, geo.K, geo.N);
        fixed (float* px = x, pg = g, pdw = dw, pdb = db)
        {
            var (ax, ag, adw, adb, wantW, wantB) = ((nint)px, (nint)pg, (nint)pdw, (nint)pdb, !dw.IsEmpty, !db.IsEmpty);
            Threading.For(c, 2L * n * k * lout, (c0, c1) =>
            {
                for (var ch = c0; ch < c1; ch++)
                {
                    for (var i = 0; i < n; i++)
                    {
                        var r = ((long)i * c) + ch;
                        var gr = new ReadOnlySpan<float>((float*)ag + (r * lout), lout);
                        if (wantB)
                        {
                            ((float*)adb)[ch] += TensorPrimitives.Sum(gr);
                        }

                        if (!wantW)
                        {
                            continue;
                        }

                        var xr = (float*)ax + (r * l);
                        for (var tap = 0; tap < k; tap++)
                        {
                            var (lo, len, off) = Range(geo, tap);
                            if (len > 0)
                            {
                                ((float*)adw)[(ch * k) + tap] += TensorPrimitives.Dot(gr.Slice(lo, len), new ReadOnlySpan<float>(xr + lo + off, len));
                            }
                        }
                    }
                }
            });
        }
    }

    /// <summary>Output positions [lo, lo + len) whose tap source t + off lies in [0, L).</summary>
    private static (int Lo, int Len, int Off) Range(Conv1dGeometry geo, int tap)
    {
        var off = (tap * geo.Dilation) - geo.PadLeft;
        var lo = Math.Max(0, -off);
        var hi = Math.Min(geo.Lout, geo.L - off);
        return (lo, Math.Max(0, hi - lo), off);
    }
}
