// SPDX-License-Identifier: MIT
using System.Numerics.Tensors;
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.NN;

/// <summary>Shared 1-D pooling over the last dimension with explicit windows [start_t, end_t) per output position.</summary>
/// <remarks>
/// Max: out[r, t] = max_{j∈W_t} x[r, j], gradient to the argmax (the first maximum; a NaN wins, the last NaN if several,
/// as PyTorch). The backward recomputes the argmax from the saved input instead of storing indices. Average:
/// out[r, t] = Σ_{j∈W_t} x[r, j] / divisor_t. Rows are partitioned over threads (each row written by one thread).
/// </remarks>
internal static class Pool1d
{
    internal static Tensor Apply(Tensor x, int[] starts, int[] ends, float[]? divisors, string op)
    {
        if (x.dim() < 2)
        {
            throw new ArgumentException($"{op}: expected input (N, C, L) or (C, L) but got {Shape.Format(x.Dims)}.", nameof(x));
        }

        if (x.IsF64)
        {
            return Float64Pooling.Pool(x, starts, ends, divisors);
        }

        var l = x.Dims[^1];
        var lout = starts.Length;
        var rows = l == 0 ? 0 : x.NumelInt / l;
        var dims = (int[])x.Dims.Clone();
        dims[^1] = lout;
        var y = Tensor.Empty(dims);
        var isMax = divisors is null;
        var pairs = isMax && MaxPairs1d.Applies(l, starts, ends);
        if (pairs)
        {
            MaxPairs1d.Forward(x, y, rows, l);
        }
        else
        {
            Forward(x, y, rows, l, lout, starts, ends, divisors);
        }

        return Engine.Record(
            y,
            isMax ? "MaxPool1DBackward" : "AvgPool1DBackward",
            g =>
            {
                var gx = Tensor.Empty(x.Dims);
                if (pairs)
                {
                    MaxPairs1d.Backward(x, g, gx, rows, l);
                }
                else
                {
                    Backward(x, g, gx, rows, l, lout, starts, ends, divisors);
                }

                Engine.AccumulateOwned(x, gx);
            },
            x);
    }

    private static unsafe void Forward(Tensor x, Tensor y, int rows, int l, int lout, int[] starts, int[] ends, float[]? divisors)
    {
        fixed (float* px = x.Span, py = y.Span)
        {
            var (ax, ay) = ((nint)px, (nint)py);
            Threading.For(rows, 2L * l, (r0, r1) =>
            {
                for (var r = r0; r < r1; r++)
                {
                    var xr = (float*)ax + ((long)r * l);
                    var yr = (float*)ay + ((long)r * lout);
                    for (var t = 0; t < lout; t++)
                    {
                        var (lo, hi) = (Math.Max(starts[t], 0), Math.Min(ends[t], l));
                        if (divisors is null)
                        {
                            var bi = ArgMax(xr, lo, hi);
                            yr[t] = bi < 0 ? float.NegativeInfinity : xr[bi];
                        }
                        else
                        {
                            yr[t] = hi > lo ? TensorPrimitives.Sum(new ReadOnlySpan<float>(xr + lo, hi - lo)) / divisors[t] : 0f / divisors[t];
                        }
                    }
                }
            });
        }

        GC.KeepAlive(x);
        GC.KeepAlive(y);
    }

    private static unsafe void Backward(Tensor x, Tensor g, Tensor gx, int rows, int l, int lout, int[] starts, int[] ends, float[]? divisors)
    {
        fixed (float* px = x.Span, pg = g.Span, pgx = gx.Span)
        {
            var (ax, ag, agx) = ((nint)px, (nint)pg, (nint)pgx);
            Threading.For(rows, 2L * l, (r0, r1) =>
            {
                for (var r = r0; r < r1; r++)
                {
                    var xr = (float*)ax + ((long)r * l);
                    var gr = (float*)ag + ((long)r * lout);
                    var dxr = (float*)agx + ((long)r * l);
                    new Span<float>(dxr, l).Clear();
                    for (var t = 0; t < lout; t++)
                    {
                        var (lo, hi) = (Math.Max(starts[t], 0), Math.Min(ends[t], l));
                        if (divisors is null)
                        {
                            var bi = ArgMax(xr, lo, hi);
                            if (bi >= 0)
                            {
                                dxr[bi] += gr[t];
                            }
                        }
                        else if (hi > lo)
                        {
                            var window = new Span<float>(dxr + lo, hi - lo);
                            TensorPrimitives.Add(window, gr[t] / divisors[t], window);
                        }
                    }
                }
            });
        }

        GC.KeepAlive(x);
        GC.KeepAlive(g);
        GC.KeepAlive(gx);
    }

    /// <summary>Index of the window's maximum: first maximum, or the last NaN; −1 for an empty window.</summary>
    private static unsafe int ArgMax(float* xr, int lo, int hi)
    {
        if (hi - lo == 2)
        {
            var (a, b) = (xr[lo], xr[lo + 1]);
            return b > a || float.IsNaN(b) ? lo + 1 : lo;
        }

        var best = float.NegativeInfinity;
        var bi = -1;
        for (var j = lo; j < hi; j++)
        {
            var v = xr[j];
            if (v > best || bi < 0 || float.IsNaN(v))
            {
                best = v;
                bi = j;
            }
        }

        return bi;
    }

    /// <summary>Windows of a strided pooling with symmetric padding: start = t·s − p, end = start + k (clipped later).</summary>
    internal static (int[] Starts, int[] Ends) Strided(int l, int k, int s, int p, string op)
    {
        var lout = ((l + (2 * p) - k) / s) + 1;
        if (lout < 1 || k < 1 || s < 1 || p < 0 || p > k / 2)
        {
            throw new ArgumentException($"{op}: expected kernel_size ≥ 1, stride ≥ 1, 0 ≤ padding ≤ kernel_size/2 and an output length ≥ 1 but got L={l}, kernel_size={k}, stride={s}, padding={p}.");
        }

        var starts = new int[lout];
        var ends = new int[lout];
        for (var t = 0; t < lout; t++)
        {
            starts[t] = (t * s) - p;
            ends[t] = starts[t] + k;
        }

        return (starts, ends);
    }

    /// <summary>Adaptive windows: start = ⌊t·L/out⌋, end = ⌈(t + 1)·L/out⌉.</summary>
    internal static (int[] Starts, int[] Ends) Adaptive(int l, int outSize)
    {
        var starts = new int[outSize];
        var ends = new int[outSize];
        for (var t = 0; t < outSize; t++)
        {
            starts[t] = (int)Math.Floor((double)t * l / outSize);
            ends[t] = (int)Math.Ceiling((double)(t + 1) * l / outSize);
        }

        return (starts, ends);
    }
}
