// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Kernels;

/// <summary>Direct loops for <see cref="Conv1dKernel"/>: the test reference and the path for tiny convolutions.</summary>
internal static class Conv1dKernelReference
{
    /// <summary>out[n, o, t] = b[o] + Σ_c Σ_k w[o, c, k] · x[n, g·Cg + c, t·s + k·d − pl].</summary>
    internal static void Forward(Conv1dGeometry geo, ReadOnlySpan<float> x, ReadOnlySpan<float> w, ReadOnlySpan<float> bias, Span<float> y)
    {
        var lout = geo.Lout;
        int cg = geo.Cg, coutG = geo.CoutG, kk = geo.K, stride = geo.Stride, dil = geo.Dilation, pl = geo.PadLeft, len = geo.L, cin = geo.Cin, cout = geo.Cout;
        for (var n = 0; n < geo.N; n++)
        {
            for (var o = 0; o < cout; o++)
            {
                var g = o / coutG;
                for (var t = 0; t < lout; t++)
                {
                    var acc = bias.IsEmpty ? 0f : bias[o];
                    for (var c = 0; c < cg; c++)
                    {
                        for (var k = 0; k < kk; k++)
                        {
                            var src = (t * stride) + (k * dil) - pl;
                            if (src >= 0 && src < len)
                            {
                                acc += w[(((o * cg) + c) * kk) + k] * x[(((n * cin) + (g * cg) + c) * len) + src];
                            }
                        }
                    }

                    y[(((n * cout) + o) * lout) + t] = acc;
                }
            }
        }
    }

    /// <summary>dx[n, g·Cg + c, src] = Σ_o Σ_k w[o, c, k] · dy[n, o, t] with src = t·s + k·d − pl (overwrites dx).</summary>
    internal static void BackwardInput(Conv1dGeometry geo, ReadOnlySpan<float> dy, ReadOnlySpan<float> w, Span<float> dx)
    {
        var lout = geo.Lout;
        int cg = geo.Cg, coutG = geo.CoutG, kk = geo.K, stride = geo.Stride, dil = geo.Dilation, pl = geo.PadLeft, len = geo.L, cin = geo.Cin, cout = geo.Cout;
        dx.Slice(0, geo.N * cin * len).Clear();
        for (var n = 0; n < geo.N; n++)
        {
            for (var o = 0; o < cout; o++)
            {
                var g = o / coutG;
                for (var t = 0; t < lout; t++)
                {
                    var gv = dy[(((n * cout) + o) * lout) + t];
                    for (var c = 0; c < cg; c++)
                    {
                        var xb = ((n * cin) + (g * cg) + c) * len;
                        var wb = ((o * cg) + c) * kk;
                        for (var k = 0; k < kk; k++)
                        {
                            var src = (t * stride) + (k * dil) - pl;
                            if ((uint)src < (uint)len)
                            {
                                dx[xb + src] += w[wb + k] * gv;
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>dw[o, c, k] += Σ_n Σ_t dy[n, o, t] · x[n, g·Cg + c, src]; db[o] += Σ_n Σ_t dy[n, o, t].</summary>
    internal static void BackwardWeight(Conv1dGeometry geo, ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dw, Span<float> db)
    {
        var lout = geo.Lout;
        int cg = geo.Cg, coutG = geo.CoutG, kk = geo.K, stride = geo.Stride, dil = geo.Dilation, pl = geo.PadLeft, len = geo.L, cin = geo.Cin, cout = geo.Cout;
        for (var n = 0; n < geo.N; n++)
        {
            for (var o = 0; o < cout; o++)
            {
                var g = o / coutG;
                for (var t = 0; t < lout; t++)
                {
                    var gv = dy[(((n * cout) + o) * lout) + t];
                    if (!db.IsEmpty)
                    {
                        db[o] += gv;
                    }

                    if (dw.IsEmpty)
                    {
                        continue;
                    }

                    for (var c = 0; c < cg; c++)
                    {
                        var xb = ((n * cin) + (g * cg) + c) * len;
                        var wb = ((o * cg) + c) * kk;
                        for (var k = 0; k < kk; k++)
                        {
                            var src = (t * stride) + (k * dil) - pl;
                            if ((uint)src < (uint)len)
                            {
                                dw[wb + k] += gv * x[xb + src];
                            }
                        }
                    }
                }
            }
        }
    }
}
