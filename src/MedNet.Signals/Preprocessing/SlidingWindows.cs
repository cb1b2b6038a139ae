// SPDX-License-Identifier: MIT
using MedNet.Signals.Tabular;

namespace MedNet.Signals.Preprocessing;

/// <summary>Cuts a normalised (T, C) series into windows of W rows: overlapping (stride 1), strided, or non-overlapping.</summary>
/// <remarks>
/// Source: [MEDNET] §3.2.1, Eq. (4): S_i = X̃[i : i + L]; first-window handling from DTAAD <c>main.py</c>
/// <c>convert_to_windows</c> (Yu-Lingrui/DTAAD @ 5cd728d), see <see cref="LeadingWindows"/>.
/// Bad input: NaN or ∞ throws with row and column (windows never carry a NaN); T &lt; W throws for
/// <see cref="LeadingWindows.Skip"/> and is padded for the two repeat-first-row modes; T = 0 always throws.
/// </remarks>
public static class SlidingWindows
{
    /// <summary>Cuts <paramref name="series"/> into windows.</summary>
    /// <param name="series">Normalised series (T, C), NaN-free.</param>
    /// <param name="options">Window length, stride and first-window rule.</param>
    /// <returns>The (N, W, C) tensor with each window's first row and anchor.</returns>
    /// <exception cref="ArgumentException">Invalid options, T = 0, T &lt; W without padding, or a NaN/∞ value.</exception>
    public static WindowTensor Create(TimeSeriesTable series, WindowOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"SlidingWindows: invalid options: {string.Join(" ", problems)}", nameof(options));
        }

        int t = series.Rows, c = series.Columns, w = options.Length, s = options.Stride;
        if (t == 0)
        {
            throw new ArgumentException("SlidingWindows: expected at least one row but got T = 0.", nameof(series));
        }

        ChannelNormaliser.RequireFinite(series, "SlidingWindows", nameof(series));
        int n;
        int[] first;
        int[] anchor;
        switch (options.Leading)
        {
            case LeadingWindows.Skip:
                if (t < w)
                {
                    throw new ArgumentException(
                        $"SlidingWindows: expected at least W = {w} rows but got T = {t}. Use a shorter window or LeadingWindows.DtaadRepeatFirstRow, which pads with the first row.",
                        nameof(series));
                }

                n = ((t - w) / s) + 1;
                first = new int[n];
                anchor = new int[n];
                for (int i = 0; i < n; i++)
                {
                    first[i] = i * s;
                    anchor[i] = (i * s) + w - 1;
                }

                break;
            case LeadingWindows.DtaadRepeatFirstRow:
            case LeadingWindows.RepeatFirstRowEndingAtRow:
                n = t;
                first = new int[n];
                anchor = new int[n];
                int shift = options.Leading == LeadingWindows.DtaadRepeatFirstRow ? w : w - 1;
                for (int i = 0; i < n; i++)
                {
                    first[i] = i - shift;
                    anchor[i] = i;
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Leading,
                    $"SlidingWindows: expected one of {string.Join(", ", Enum.GetNames<LeadingWindows>())} but got {options.Leading}.");
        }

        var data = new float[(long)n * w * c];
        var src = series.Values;
        for (int i = 0; i < n; i++)
        {
            var dst = data.AsSpan(i * w * c, w * c);
            for (int k = 0; k < w; k++)
            {
                int row = Math.Max(0, first[i] + k);
                var from = src.AsSpan(row * c, c);
                var to = dst.Slice(k * c, c);
                for (int j = 0; j < c; j++)
                {
                    to[j] = (float)from[j];
                }
            }
        }

        return new WindowTensor(data, n, w, c, first, anchor, t);
    }
}
