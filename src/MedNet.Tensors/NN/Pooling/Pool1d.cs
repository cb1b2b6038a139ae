// SPDX-License-Identifier: MIT
using MedNet.Tensors.Autograd;

namespace MedNet.Tensors.NN;

/// <summary>Shared 1-D pooling over the last dimension with explicit windows [start_t, end_t) per output position.</summary>
/// <remarks>Max: out[r, t] = max_{j∈W_t} x[r, j], gradient to the first argmax. Average: out[r, t] = Σ_{j∈W_t} x[r, j] / divisor_t.</remarks>
internal static class Pool1d
{
    internal static Tensor Apply(Tensor x, int[] starts, int[] ends, float[]? divisors, string op)
    {
        if (x.dim() < 2)
        {
            throw new ArgumentException($"{op}: expected input (N, C, L) or (C, L) but got {Shape.Format(x.Dims)}.", nameof(x));
        }

        var l = x.Dims[^1];
        var lout = starts.Length;
        var rows = l == 0 ? 0 : x.NumelInt / l;
        var dims = (int[])x.Dims.Clone();
        dims[^1] = lout;
        var y = Tensor.Empty(dims);
        var argmax = divisors is null ? new int[rows * lout] : null;
        var xs = x.Data;
        for (var r = 0; r < rows; r++)
        {
            for (var t = 0; t < lout; t++)
            {
                var b = r * l;
                if (argmax is not null)
                {
                    var best = float.NegativeInfinity;
                    var bi = -1;
                    for (var j = Math.Max(starts[t], 0); j < Math.Min(ends[t], l); j++)
                    {
                        if (xs[b + j] > best || bi < 0 || float.IsNaN(xs[b + j]))
                        {
                            best = xs[b + j];
                            bi = j;
                        }
                    }

                    y.Data[(r * lout) + t] = best;
                    argmax[(r * lout) + t] = bi;
                }
                else
                {
                    float s = 0;
                    for (var j = Math.Max(starts[t], 0); j < Math.Min(ends[t], l); j++)
                    {
                        s += xs[b + j];
                    }

                    y.Data[(r * lout) + t] = s / divisors![t];
                }
            }
        }

        return Engine.Record(
            y,
            divisors is null ? "MaxPool1DBackward" : "AvgPool1DBackward",
            g =>
            {
                var gx = Tensor.Zeros(x.Dims);
                for (var r = 0; r < rows; r++)
                {
                    for (var t = 0; t < lout; t++)
                    {
                        var gv = g.Data[(r * lout) + t];
                        if (argmax is not null)
                        {
                            if (argmax[(r * lout) + t] >= 0)
                            {
                                gx.Data[(r * l) + argmax[(r * lout) + t]] += gv;
                            }

                            continue;
                        }

                        for (var j = Math.Max(starts[t], 0); j < Math.Min(ends[t], l); j++)
                        {
                            gx.Data[(r * l) + j] += gv / divisors![t];
                        }
                    }
                }

                Engine.Accumulate(x, gx);
            },
            x);
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
