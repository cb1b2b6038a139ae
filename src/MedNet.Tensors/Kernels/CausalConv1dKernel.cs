// SPDX-License-Identifier: MIT
using System.Runtime.CompilerServices;

namespace MedNet.Tensors.Kernels;

/// <summary>Causal dilated stride-1 Conv1d with implicit left zero padding (K − 1)·d, for few channels and short signals.</summary>
/// <remarks>
/// y[n, o, t] = b[o] + Σ_c Σ_k w[o, c, k] · x[n, c, t − (K − 1 − k)·d], terms outside the signal being zero, so output
/// length = input length. Each tap is a shifted row update without a padded copy or a per-element bounds branch.
/// dW sums over samples then time in order (as <see cref="Conv1dKernelReference"/>), so results are deterministic.
/// </remarks>
internal static unsafe partial class CausalConv1dKernel
{
    /// <summary>y (N, Cout, L) from x (N, Cin, L), w (Cout, Cin, K), bias (Cout) or empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Forward(ReadOnlySpan<float> x, ReadOnlySpan<float> w, ReadOnlySpan<float> bias, Span<float> y, int n, int cin, int cout, int len, int k, int dilation)
    {
        fixed (float* px = x, pw = w, pb = bias, py = y)
        {
            if (FlatApplies(cin, cout, len, k))
            {
                ForwardFlat(x, pw, bias, y, n, cin, len, k, dilation, (k - 1) * dilation);
                return;
            }

            for (var s = 0; s < n; s++)
            {
                var xs = px + ((long)s * cin * len);
                for (var o = 0; o < cout; o++)
                {
                    var yr = py + (((long)s * cout) + o) * len;
                    var b0 = bias.IsEmpty ? 0f : pb[o];
                    for (var t = 0; t < len; t++)
                    {
                        yr[t] = b0;
                    }

                    for (var c = 0; c < cin; c++)
                    {
                        var xr = xs + (c * len);
                        var wr = pw + (((o * cin) + c) * k);
                        for (var kk = 0; kk < k; kk++)
                        {
                            var shift = (k - 1 - kk) * dilation;
                            var wv = wr[kk];
                            for (var t = shift; t < len; t++)
                            {
                                yr[t] += wv * xr[t - shift];
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>dx (N, Cin, L) = Σ_o Σ_k w[o, c, k] · dy[n, o, t + shift] (overwrites dx).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void BackwardInput(ReadOnlySpan<float> dy, ReadOnlySpan<float> w, Span<float> dx, int n, int cin, int cout, int len, int k, int dilation)
    {
        fixed (float* pg = dy, pw = w, pdx = dx)
        {
            if (FlatApplies(cin, cout, len, k))
            {
                BackwardInputFlat(dy, pw, dx, n, cin, len, k, dilation, (k - 1) * dilation);
                return;
            }

            dx.Slice(0, n * cin * len).Clear();
            for (var s = 0; s < n; s++)
            {
                for (var o = 0; o < cout; o++)
                {
                    var gr = pg + (((long)s * cout) + o) * len;
                    for (var c = 0; c < cin; c++)
                    {
                        var xr = pdx + (((long)s * cin) + c) * len;
                        var wr = pw + (((o * cin) + c) * k);
                        for (var kk = 0; kk < k; kk++)
                        {
                            var shift = (k - 1 - kk) * dilation;
                            var wv = wr[kk];
                            for (var t = shift; t < len; t++)
                            {
                                xr[t - shift] += wv * gr[t];
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>dw (Cout, Cin, K) = Σ_n Σ_t dy[n, o, t] · x[n, c, t − shift]; db (Cout) = Σ_n Σ_t dy (both overwritten; db may be empty).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void BackwardWeight(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dw, Span<float> db, int n, int cin, int cout, int len, int k, int dilation)
    {
        if (FlatApplies(cin, cout, len, k))
        {
            BackwardWeightFlat(x, dy, dw, db, n, cin, len, k, dilation, (k - 1) * dilation);
            return;
        }

        dw.Slice(0, cout * cin * k).Clear();
        db.Clear();
        fixed (float* px = x, pg = dy, pw = dw, pb = db)
        {
            for (var s = 0; s < n; s++)
            {
                for (var o = 0; o < cout; o++)
                {
                    var gr = pg + (((long)s * cout) + o) * len;
                    if (!db.IsEmpty)
                    {
                        var acc = pb[o];
                        for (var t = 0; t < len; t++)
                        {
                            acc += gr[t];
                        }

                        pb[o] = acc;
                    }

                    for (var c = 0; c < cin; c++)
                    {
                        var xr = px + (((long)s * cin) + c) * len;
                        var wr = pw + (((o * cin) + c) * k);
                        for (var kk = 0; kk < k; kk++)
                        {
                            var shift = (k - 1 - kk) * dilation;
                            var acc = wr[kk];
                            for (var t = shift; t < len; t++)
                            {
                                acc += gr[t] * xr[t - shift];
                            }

                            wr[kk] = acc;
                        }
                    }
                }
            }
        }
    }
}
