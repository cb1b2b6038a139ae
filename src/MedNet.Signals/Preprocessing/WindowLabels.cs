// SPDX-License-Identifier: MIT
using MedNet.Signals.Tabular;

namespace MedNet.Signals.Preprocessing;

/// <summary>Turns point labels (T, L) into window labels for a <see cref="WindowTensor"/>.</summary>
/// <remarks>
/// Source: [MEDNET] §3.2.1, Eq. (6), y_i = max_{t ∈ window i} ℓ_t. Labels are 0/1 (any non-zero counts as 1).
/// </remarks>
public static class WindowLabels
{
    /// <summary>Window labels per label channel.</summary>
    /// <param name="windows">Windows cut from a series of T rows.</param>
    /// <param name="pointLabels">Point labels (T, L): one row per time step of the windowed series; L ≥ 1 (MBA: L = 2).</param>
    /// <param name="rule">Aggregation. Default: <see cref="WindowLabelRule.MaxOverWindow"/>.</param>
    /// <returns>Labels (N, L) row-major: element (n, l) at <c>[n · L + l]</c>, each 0 or 1.</returns>
    /// <exception cref="ArgumentException">The labels do not cover the rows the windows were cut from, or hold NaN.</exception>
    public static int[] PerChannel(WindowTensor windows, TimeSeriesTable pointLabels, WindowLabelRule rule = WindowLabelRule.MaxOverWindow)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(pointLabels);
        int l = pointLabels.Columns;
        if (pointLabels.Rows != windows.SourceRows)
        {
            throw new ArgumentException(
                $"WindowLabels: expected point labels with one row per time step of the windowed series (T = {windows.SourceRows}) but got ({pointLabels.Rows}, {l}). " +
                "Labels must align row by row with the series the windows were cut from.",
                nameof(pointLabels));
        }

        ChannelNormaliser.RequireFinite(pointLabels, "WindowLabels", nameof(pointLabels));
        var result = new int[windows.Count * l];
        var values = pointLabels.Values;
        for (int n = 0; n < windows.Count; n++)
        {
            var dst = result.AsSpan(n * l, l);
            switch (rule)
            {
                case WindowLabelRule.MaxOverWindow:
                    int from = Math.Max(0, windows.FirstRow[n]);
                    int to = Math.Max(0, windows.FirstRow[n] + windows.Length - 1);
                    for (int r = from; r <= to; r++)
                    {
                        var row = values.AsSpan(r * l, l);
                        for (int j = 0; j < l; j++)
                        {
                            if (row[j] != 0)
                            {
                                dst[j] = 1;
                            }
                        }
                    }

                    break;
                case WindowLabelRule.AnchorPoint:
                    var at = values.AsSpan(windows.Anchor[n] * l, l);
                    for (int j = 0; j < l; j++)
                    {
                        dst[j] = at[j] != 0 ? 1 : 0;
                    }

                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(rule), rule,
                        $"WindowLabels: expected one of {string.Join(", ", Enum.GetNames<WindowLabelRule>())} but got {rule}.");
            }
        }

        return result;
    }

    /// <summary>One label per window: the maximum over label channels of <see cref="PerChannel"/>.</summary>
    /// <param name="windows">Windows cut from a series of T rows.</param>
    /// <param name="pointLabels">Point labels (T, L).</param>
    /// <param name="rule">Aggregation. Default: <see cref="WindowLabelRule.MaxOverWindow"/>.</param>
    /// <returns>Labels (N), each 0 or 1.</returns>
    public static int[] Any(WindowTensor windows, TimeSeriesTable pointLabels, WindowLabelRule rule = WindowLabelRule.MaxOverWindow)
    {
        var per = PerChannel(windows, pointLabels, rule);
        int l = pointLabels.Columns;
        var result = new int[windows.Count];
        for (int n = 0; n < result.Length; n++)
        {
            for (int j = 0; j < l; j++)
            {
                result[n] |= per[(n * l) + j];
            }
        }

        return result;
    }
}
