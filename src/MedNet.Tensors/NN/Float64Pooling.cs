// SPDX-License-Identifier: MIT
using MedNet.Tensors.Autograd;

namespace MedNet.Tensors.NN;

/// <summary>
/// The float64 forms of 1-D pooling (max, average, adaptive) and of <see cref="Upsample"/>'s resampling: plain double loops
/// over the same windows and source positions as the float32 kernels, each with its backward. A correctness path.
/// </summary>
internal static class Float64Pooling
{
    /// <summary>
    /// out[r, t] = max over [start_t, end_t) of x[r, ·] (the first maximum, a NaN wins, as <see cref="Pool1d"/>), or the window
    /// sum / divisor_t when <paramref name="divisors"/> is given; the gradient goes to the argmax, or spreads as g / divisor_t.
    /// </summary>
    internal static Tensor Pool(Tensor x, int[] starts, int[] ends, float[]? divisors)
    {
        var l = x.Dims[^1];
        var lout = starts.Length;
        var rows = l == 0 ? 0 : x.NumelInt / l;
        var dims = (int[])x.Dims.Clone();
        dims[^1] = lout;
        var y = Tensor.EmptyOf(dims, ScalarType.Float64);
        var xs = x.Span64;
        var ys = y.Span64;
        for (var r = 0; r < rows; r++)
        {
            var xr = xs.Slice(r * l, l);
            for (var t = 0; t < lout; t++)
            {
                var (lo, hi) = (Math.Max(starts[t], 0), Math.Min(ends[t], l));
                if (divisors is null)
                {
                    var bi = ArgMax(xr, lo, hi);
                    ys[(r * lout) + t] = bi < 0 ? double.NegativeInfinity : xr[bi];
                }
                else
                {
                    double sum = 0;
                    for (var j = lo; j < hi; j++)
                    {
                        sum += xr[j];
                    }

                    ys[(r * lout) + t] = sum / divisors[t];
                }
            }
        }

        return Engine.Record(
            y,
            divisors is null ? "MaxPool1DBackward" : "AvgPool1DBackward",
            g =>
            {
                var gx = Tensor.ZerosOf(x.Dims, ScalarType.Float64);
                var gs = g.Span64;
                var gxs = gx.Span64;
                var xv = x.Span64;
                for (var r = 0; r < rows; r++)
                {
                    var xr = xv.Slice(r * l, l);
                    var dxr = gxs.Slice(r * l, l);
                    for (var t = 0; t < lout; t++)
                    {
                        var gv = gs[(r * lout) + t];
                        var (lo, hi) = (Math.Max(starts[t], 0), Math.Min(ends[t], l));
                        if (divisors is null)
                        {
                            var bi = ArgMax(xr, lo, hi);
                            if (bi >= 0)
                            {
                                dxr[bi] += gv;
                            }
                        }
                        else
                        {
                            var share = gv / divisors[t];
                            for (var j = lo; j < hi; j++)
                            {
                                dxr[j] += share;
                            }
                        }
                    }
                }

                Engine.AccumulateOwned(x, gx);
            },
            x);
    }

    /// <summary>out[r, t] = (1 − λ_t)·x[r, i0_t] + λ_t·x[r, i1_t]; the backward scatters the same weights.</summary>
    internal static Tensor Resample(Tensor x, int[] i0, int[] i1, double[] lam)
    {
        var lin = x.Dims[^1];
        var lout = i0.Length;
        var rows = lin == 0 ? 0 : x.NumelInt / lin;
        var dims = (int[])x.Dims.Clone();
        dims[^1] = lout;
        var y = Tensor.EmptyOf(dims, ScalarType.Float64);
        var xs = x.Span64;
        var ys = y.Span64;
        for (var r = 0; r < rows; r++)
        {
            for (var t = 0; t < lout; t++)
            {
                ys[(r * lout) + t] = ((1 - lam[t]) * xs[(r * lin) + i0[t]]) + (lam[t] * xs[(r * lin) + i1[t]]);
            }
        }

        return Engine.Record(
            y,
            "UpsampleBackward",
            g =>
            {
                var gx = Tensor.ZerosOf(x.Dims, ScalarType.Float64);
                var gs = g.Span64;
                var gxs = gx.Span64;
                for (var r = 0; r < rows; r++)
                {
                    for (var t = 0; t < lout; t++)
                    {
                        var gv = gs[(r * lout) + t];
                        gxs[(r * lin) + i0[t]] += (1 - lam[t]) * gv;
                        gxs[(r * lin) + i1[t]] += lam[t] * gv;
                    }
                }

                Engine.AccumulateOwned(x, gx);
            },
            x);
    }

    /// <summary>Index of the window's maximum: the first maximum, or the last NaN; −1 for an empty window.</summary>
    private static int ArgMax(ReadOnlySpan<double> xr, int lo, int hi)
    {
        var best = double.NegativeInfinity;
        var bi = -1;
        for (var j = lo; j < hi; j++)
        {
            var v = xr[j];
            if (v > best || bi < 0 || double.IsNaN(v))
            {
                best = v;
                bi = j;
            }
        }

        return bi;
    }
}
