// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Detection;

/// <summary>The signal stages of Pan–Tompkins after the band-pass: derivative, squaring, moving-window integration, fiducial marks.</summary>
/// <remarks>Source: [PANTOMPKINS1985] §II-C (derivative), §II-D (squaring), §II-E (moving-window integration), §II-F (fiducial mark).</remarks>
internal static class PanTompkinsStages
{
    /// <summary>Five-point derivative, centred so it has no delay: d[n] = fs/8 · (2x[n+2] + x[n+1] − x[n−1] − 2x[n−2]); 0 at the two edge samples.</summary>
    public static void Derivative(ReadOnlySpan<float> x, Span<float> d, double fs)
    {
        var scale = (float)(fs / 8);
        d.Clear();
        for (var i = 2; i < x.Length - 2; i++)
        {
            d[i] = scale * ((2 * x[i + 2]) + x[i + 1] - x[i - 1] - (2 * x[i - 2]));
        }
    }

    /// <summary>Squares and integrates over a centred window of <paramref name="width"/> samples: m[n] = (1/W) Σ d[k]², |k − n| ≤ W/2.</summary>
    public static void SquareAndIntegrate(ReadOnlySpan<float> d, Span<float> m, int width)
    {
        var half = width / 2;
        var n = d.Length;
        double sum = 0;
        for (var k = 0; k <= Math.Min(half, n - 1); k++)
        {
            sum += d[k] * d[k];
        }

        var inv = 1.0 / width;
        for (var i = 0; i < n; i++)
        {
            m[i] = (float)(sum * inv);
            var add = i + half + 1;
            if (add < n)
            {
                sum += d[add] * d[add];
            }

            var drop = i - half;
            if (drop >= 0)
            {
                sum -= d[drop] * d[drop];
            }
        }
    }

    /// <summary>Fiducial marks: local maxima of <paramref name="m"/> that are the largest within ±<paramref name="radius"/> samples.</summary>
    public static List<int> Peaks(ReadOnlySpan<float> m, int radius)
    {
        var local = new List<int>();
        for (var i = 1; i < m.Length - 1; i++)
        {
            if (m[i] > m[i - 1] && m[i] >= m[i + 1])
            {
                local.Add(i);
            }
        }

        var kept = new List<int>(local.Count / 4);
        for (var a = 0; a < local.Count; a++)
        {
            var i = local[a];
            var isMax = true;
            for (var b = a - 1; b >= 0 && i - local[b] <= radius && isMax; b--)
            {
                isMax = m[local[b]] < m[i];
            }

            for (var b = a + 1; b < local.Count && local[b] - i <= radius && isMax; b++)
            {
                isMax = m[local[b]] <= m[i];
            }

            if (isMax)
            {
                kept.Add(i);
            }
        }

        return kept;
    }

    /// <summary>Index and value of the largest |x| in [from, to] (clipped).</summary>
    public static (int Index, float Value) MaxAbs(ReadOnlySpan<float> x, int from, int to)
    {
        from = Math.Max(0, from);
        to = Math.Min(x.Length - 1, to);
        int best = from;
        var value = 0f;
        for (var i = from; i <= to; i++)
        {
            var v = Math.Abs(x[i]);
            if (v > value)
            {
                value = v;
                best = i;
            }
        }

        return (best, value);
    }
}
