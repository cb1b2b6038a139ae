// SPDX-License-Identifier: MIT
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace MedNet.Tensors.Kernels;

/// <summary>Paths of <see cref="SmallLinearKernel"/> for widths below one vector: lane-permuted rows and folded column sums.</summary>
internal static unsafe partial class SmallLinearKernel
{
    /// <summary>
    /// y rows [0, returned) for n &lt; 8 outputs: lane l of an output vector is (row r, output o) = divmod(f, n); it needs
    /// x[r, p], which Avx2.PermuteVar8x32 picks out of one 8-float load when the vector's rows span ≤ 8 inputs.
    /// Per output: acc = fma(x[r, p], w[o, p], acc) over p from 0, then + b[o], as the scalar loop does.
    /// </summary>
    /// <returns>Rows written (whole periods of lcm(n, 8) outputs); 0 when the shape does not fit.</returns>
    private static int RowTimesPermuted(float* x, float* bnk, float* bias, float* y, int rows, int k, int n)
    {
        var outputs = n;
        while (outputs % 8 != 0)
        {
            outputs += n;
        }

        int vectors = outputs / 8, periodRows = outputs / n, maxRead = 0;
        var bases = stackalloc int[vectors];
        var idx = stackalloc int[vectors * k * 8];
        var wp = stackalloc float[vectors * k * 8];
        var bp = stackalloc float[vectors * 8];
        for (var v = 0; v < vectors; v++)
        {
            int first = v * 8 / n, last = ((v * 8) + 7) / n;
            if ((last - first + 1) * k > 8)
            {
                return 0;
            }

            bases[v] = first * k;
            maxRead = Math.Max(maxRead, bases[v] + 8);
            for (var l = 0; l < 8; l++)
            {
                int f = (v * 8) + l, r = (f / n) - first, o = f % n;
                bp[(v * 8) + l] = bias is null ? 0f : bias[o];
                for (var p = 0; p < k; p++)
                {
                    idx[(((v * k) + p) * 8) + l] = (r * k) + p;
                    wp[(((v * k) + p) * 8) + l] = bnk[(o * k) + p];
                }
            }
        }

        var periods = 0;
        while (((long)periods * periodRows * k) + maxRead <= (long)rows * k && (periods + 1) * periodRows <= rows)
        {
            periods++;
        }

        for (var pr = 0; pr < periods; pr++)
        {
            var xb = x + ((long)pr * periodRows * k);
            var yb = y + ((long)pr * outputs);
            for (var v = 0; v < vectors; v++)
            {
                var xv = Vector256.Load(xb + bases[v]);
                var acc = Vector256<float>.Zero;
                for (var p = 0; p < k; p++)
                {
                    var q = ((v * k) + p) * 8;
                    acc = Vector256.FusedMultiplyAdd(Avx2.PermuteVar8x32(xv, Vector256.Load(idx + q)), Vector256.Load(wp + q), acc);
                }

                if (bias is not null)
                {
                    acc += Vector256.Load(bp + (v * 8));
                }

                acc.Store(yb + (v * 8));
            }
        }

        return periods * periodRows;
    }

    /// <summary>acc[o] += Σ_r g[r, o] for widths not a multiple of 8: vector sums over whole periods of lcm(n, 8) floats, folded by o at the end.</summary>
    private static void SumColumnsFolded(float* g, float* acc, int rows, int n)
    {
        var period = n;
        while (period % 8 != 0)
        {
            period += n;
        }

        if (period > 64)
        {
            for (var r = 0; r < rows; r++)
            {
                for (var o = 0; o < n; o++)
                {
                    acc[o] += g[((long)r * n) + o];
                }
            }

            return;
        }

        var lanes = stackalloc float[period];
        new Span<float>(lanes, period).Clear();
        long total = (long)rows * n, full = total / period * period;
        for (long f = 0; f < full; f += period)
        {
            for (var v = 0; v < period; v += 8)
            {
                (Vector256.Load(lanes + v) + Vector256.Load(g + f + v)).Store(lanes + v);
            }
        }

        for (var f = full; f < total; f++)
        {
            lanes[f - full] += g[f];
        }

        for (var p = 0; p < period; p++)
        {
            acc[p % n] += lanes[p];
        }
    }
}
