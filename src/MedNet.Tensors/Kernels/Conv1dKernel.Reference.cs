// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Kernels;

/// <summary>Direct-loop reference of <see cref="Conv1dKernel.Forward"/> for tests.</summary>
internal static class Conv1dKernelReference
{
    /// <summary>out[n, o, t] = b[o] + Σ_c Σ_k w[o, c, k] · x[n, g·Cg + c, t·s + k·d − pl].</summary>
    internal static void Forward(Conv1dGeometry geo, ReadOnlySpan<float> x, ReadOnlySpan<float> w, ReadOnlySpan<float> bias, Span<float> y)
    {
        var lout = geo.Lout;
        for (var n = 0; n < geo.N; n++)
        {
            for (var o = 0; o < geo.Cout; o++)
            {
                var g = o / geo.CoutG;
                for (var t = 0; t < lout; t++)
                {
                    double acc = bias.IsEmpty ? 0 : bias[o];
                    for (var c = 0; c < geo.Cg; c++)
                    {
                        for (var k = 0; k < geo.K; k++)
                        {
                            var src = (t * geo.Stride) + (k * geo.Dilation) - geo.PadLeft;
                            if (src >= 0 && src < geo.L)
                            {
                                acc += w[(((o * geo.Cg) + c) * geo.K) + k] * x[(((n * geo.Cin) + (g * geo.Cg) + c) * geo.L) + src];
                            }
                        }
                    }

                    y[(((n * geo.Cout) + o) * lout) + t] = (float)acc;
                }
            }
        }
    }
}
