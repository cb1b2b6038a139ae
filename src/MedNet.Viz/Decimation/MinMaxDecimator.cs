// SPDX-License-Identifier: MIT
using System.Numerics;

namespace MedNet.Viz.Decimation;

/// <summary>Reduces a long trace for display while keeping every peak: each bucket of samples contributes its minimum and maximum.</summary>
/// <remarks>
/// Bucket size s = ⌈n / ⌊maxPoints/2⌋⌉; bucket b covers samples [b·s, min(n, (b+1)·s)) and emits its minimum and maximum at
/// their own sample positions, in time order (one point when they coincide). NaN samples are skipped; an all-NaN bucket emits
/// one NaN (a gap). Because both extremes are kept, QRS peaks and artefacts survive at any zoom-out; shapes between extremes do not.
/// </remarks>
public static class MinMaxDecimator
{
    /// <summary>Decimates uniformly sampled values.</summary>
    /// <typeparam name="T">float or double.</typeparam>
    /// <param name="values">Samples, length n ≥ 0.</param>
    /// <param name="maxPoints">Most points to keep, ≥ 2. Series with n ≤ maxPoints are returned whole.</param>
    /// <param name="x0">Position of sample 0 (e.g. start time in s). Default: 0.</param>
    /// <param name="dx">Spacing between samples (e.g. 1/fs in s), &gt; 0. Default: 1.</param>
    /// <returns>The kept points and a note describing the reduction.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPoints"/> &lt; 2 or <paramref name="dx"/> not positive.</exception>
    public static DecimatedSeries Decimate<T>(ReadOnlySpan<T> values, int maxPoints, double x0 = 0, double dx = 1)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (maxPoints < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPoints), maxPoints, $"MinMaxDecimator: expected maxPoints >= 2 but got {maxPoints}.");
        }

        if (!(dx > 0) || !double.IsFinite(dx))
        {
            throw new ArgumentOutOfRangeException(nameof(dx), dx, $"MinMaxDecimator: expected a finite sample spacing > 0 but got {dx}.");
        }

        var n = values.Length;
        if (n <= maxPoints)
        {
            var xs = new double[n];
            var ys = new double[n];
            for (var i = 0; i < n; i++)
            {
                xs[i] = x0 + (i * dx);
                ys[i] = double.CreateTruncating(values[i]);
            }

            return new DecimatedSeries(xs, ys, n, 1);
        }

        var buckets = maxPoints / 2;
        var size = (n + buckets - 1) / buckets;
        buckets = (n + size - 1) / size;
        var x = new double[2 * buckets];
        var y = new double[2 * buckets];
        var k = 0;
        for (var start = 0; start < n; start += size)
        {
            var end = Math.Min(n, start + size);
            int iMin = -1, iMax = -1;
            for (var i = start; i < end; i++)
            {
                var v = values[i];
                if (T.IsNaN(v))
                {
                    continue;
                }

                if (iMin < 0 || v < values[iMin])
                {
                    iMin = i;
                }

                if (iMax < 0 || v > values[iMax])
                {
                    iMax = i;
                }
            }

            if (iMin < 0)
            {
                x[k] = x0 + (start * dx);
                y[k++] = double.NaN;
                continue;
            }

            var first = Math.Min(iMin, iMax);
            var second = Math.Max(iMin, iMax);
            x[k] = x0 + (first * dx);
            y[k++] = double.CreateTruncating(values[first]);
            if (second != first)
            {
                x[k] = x0 + (second * dx);
                y[k++] = double.CreateTruncating(values[second]);
            }
        }

        Array.Resize(ref x, k);
        Array.Resize(ref y, k);
        return new DecimatedSeries(x, y, n, size);
    }
}
